-- Every policy.activated, so that the re-evaluations an activation causes can name it as their cause.
CREATE TABLE policy_activation (
    event_id          VARCHAR(128) PRIMARY KEY,
    revision          VARCHAR(128) NOT NULL,
    previous_revision VARCHAR(128),
    activated_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX policy_activation_revision ON policy_activation (revision, activated_at);
