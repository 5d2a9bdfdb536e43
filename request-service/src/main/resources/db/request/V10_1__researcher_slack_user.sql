-- the Slack user a researcher acts as in chat; request-service refuses a Slack user that is someone
-- else's before recording it (not a unique index: a projection must never stall on a lost race)
ALTER TABLE researcher ADD COLUMN slack_user_id VARCHAR(40);
CREATE INDEX researcher_slack_user ON researcher (slack_user_id) WHERE slack_user_id IS NOT NULL;
