-- The requests the policy may have to judge again: what was submitted, and whether it was approved.
CREATE TABLE live_request (
    request_id  VARCHAR(128) PRIMARY KEY,
    submission  JSONB        NOT NULL,
    datasets    TEXT[]       NOT NULL,
    approved    BOOLEAN      NOT NULL DEFAULT false
);
CREATE INDEX live_request_datasets ON live_request USING gin (datasets) WHERE approved;
