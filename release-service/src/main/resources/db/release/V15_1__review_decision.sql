-- The decision each request's latest review was opened on: its quorum binds only an approval of that
-- decision, not one of a later version that went to no review (or to a review of its own).
ALTER TABLE request_standing ADD COLUMN review_decision_id VARCHAR(255);
