-- Each committee's voting rule (quorum_with_veto, majority, unanimous); committees set before rules were
-- explicit voted with a veto, so that is what they keep.
ALTER TABLE dataset_committee ADD COLUMN voting VARCHAR(32) NOT NULL DEFAULT 'quorum_with_veto';
-- The rule a review in chat is under, for its messages.
ALTER TABLE chat_review ADD COLUMN voting VARCHAR(32) NOT NULL DEFAULT 'quorum_with_veto';
