-- People whose personal data compliance erased (personal-data.erased, announced by audit-service): their
-- name and chat ids are scrubbed here, and none is recorded for them again. A person may be a researcher,
-- a reviewer or both (ids are token subjects), so this is not a column of researcher.
CREATE TABLE erased_person (
    person_id   VARCHAR(128) PRIMARY KEY,
    event_id    VARCHAR(255) NOT NULL,
    erased_at   TIMESTAMPTZ  NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL
);
