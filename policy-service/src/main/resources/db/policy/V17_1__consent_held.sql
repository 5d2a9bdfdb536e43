-- The consent held per dataset, as the policy reads it (input.consent): per cohort ('' is the whole dataset)
-- the basis last recorded and whether the cohort withdrew since; a later event (by Custodian's clock) wins.
CREATE TABLE consent_held (
    dataset_id VARCHAR(128) NOT NULL,
    cohort     VARCHAR(100) NOT NULL,
    basis      VARCHAR(100),
    subjects   INTEGER,
    withdrawn  BOOLEAN      NOT NULL DEFAULT false,
    updated_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (dataset_id, cohort)
);
