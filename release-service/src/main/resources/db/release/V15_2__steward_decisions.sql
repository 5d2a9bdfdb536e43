-- The review decision a steward approved in place of its panel (review.steward-decided): it stands for
-- the quorum of an approval of that decision.
ALTER TABLE request_standing ADD COLUMN steward_approved_decision_id VARCHAR(255);
