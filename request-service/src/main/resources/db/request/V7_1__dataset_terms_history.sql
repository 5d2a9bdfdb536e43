-- Every version of every dataset's terms (DatasetCatalog projection), so a request's terms version can be read back.
CREATE TABLE dataset_terms (
    dataset_id VARCHAR(64) NOT NULL REFERENCES dataset (id),
    version    INTEGER     NOT NULL,
    terms      JSONB       NOT NULL,
    changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (dataset_id, version)
);
INSERT INTO dataset_terms (dataset_id, version, terms, changed_at)
SELECT id, terms_version, terms, registered_at FROM dataset;
