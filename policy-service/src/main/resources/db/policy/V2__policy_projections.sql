-- The policy's view of the catalog, built from custodian.catalog.v1.
CREATE TABLE dataset_terms (
    dataset_id    VARCHAR(128) PRIMARY KEY,
    terms_version INTEGER      NOT NULL,
    terms         JSONB        NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL
);

-- Credentials only: the policy never needs a researcher's name.
CREATE TABLE requester (
    researcher_id VARCHAR(128) PRIMARY KEY,
    credentials   JSONB        NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL
);

-- Every decision made, as published on custodian.decisions.v1.
CREATE TABLE decision (
    decision_id  VARCHAR(128) PRIMARY KEY,
    request_id   VARCHAR(128) NOT NULL,
    evaluated_at TIMESTAMPTZ  NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    document     JSONB        NOT NULL
);
CREATE INDEX decision_request ON decision (request_id, evaluated_at);
