CREATE TABLE dataset (
    id            VARCHAR(64)  PRIMARY KEY,
    title         VARCHAR(200) NOT NULL,
    description   TEXT,
    terms_version INTEGER      NOT NULL,
    terms         JSONB        NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE researcher (
    id            VARCHAR(128) PRIMARY KEY,
    name          VARCHAR(200),
    institution   VARCHAR(200) NOT NULL,
    country       CHAR(2)      NOT NULL,
    credentials   JSONB        NOT NULL,
    registered_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE access_request (
    id            VARCHAR(64)  PRIMARY KEY,
    researcher_id VARCHAR(128) NOT NULL,
    state         VARCHAR(32)  NOT NULL,
    datasets      JSONB        NOT NULL,
    submitted_at  TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX access_request_researcher ON access_request (researcher_id);

-- Idempotency-Key of POST /api/requests: the same key and body gives back the same request.
CREATE TABLE submission_key (
    researcher_id VARCHAR(128) NOT NULL,
    key           VARCHAR(255) NOT NULL,
    body_sha256   CHAR(64)     NOT NULL,
    request_id    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (researcher_id, key)
);
