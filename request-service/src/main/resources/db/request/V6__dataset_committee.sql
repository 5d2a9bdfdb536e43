-- Each dataset's review committee (DatasetCommittees projection); no row means no committee.
CREATE TABLE dataset_committee (
    dataset_id         VARCHAR(64) PRIMARY KEY REFERENCES dataset (id),
    reviewers          JSONB       NOT NULL,
    approvals_required INTEGER     NOT NULL,
    blinded            BOOLEAN     NOT NULL,
    changed_at         TIMESTAMPTZ NOT NULL
);
