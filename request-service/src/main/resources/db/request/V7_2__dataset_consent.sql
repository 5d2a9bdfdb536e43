-- Consent recorded for, and withdrawn from, each dataset (ConsentRecords projection), oldest first.
CREATE TABLE dataset_consent (
    event_id          VARCHAR(255) PRIMARY KEY,
    dataset_id        VARCHAR(64)  NOT NULL REFERENCES dataset (id),
    kind              VARCHAR(16)  NOT NULL,
    cohort            VARCHAR(100),
    basis             VARCHAR(100),
    subjects          INTEGER,
    subject_refs      JSONB,
    at                TIMESTAMPTZ  NOT NULL,
    reported_event_id VARCHAR(255),
    recorded_at       TIMESTAMPTZ  NOT NULL
);
CREATE INDEX dataset_consent_dataset ON dataset_consent (dataset_id, recorded_at);
