-- Releases as far as manuscripts need them (ReleaseBook, from custodian.releases.v1).
CREATE TABLE manuscript_release (
    release_id            VARCHAR(128) PRIMARY KEY,
    request_id            VARCHAR(128) NOT NULL,
    researcher_id         VARCHAR(128) NOT NULL,
    datasets              JSONB        NOT NULL,
    publication_review    VARCHAR(16),
    no_publication_before DATE,
    state                 VARCHAR(16)  NOT NULL,
    issued_at             TIMESTAMPTZ  NOT NULL
);

-- A dataset's approval window for manuscripts, in days; no row means the configured default.
CREATE TABLE publication_review_window (
    dataset_id  VARCHAR(64) PRIMARY KEY REFERENCES dataset (id),
    window_days INTEGER     NOT NULL,
    changed_by  VARCHAR(128) NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL
);

-- Each manuscript's current state (ManuscriptBoard).
CREATE TABLE manuscript (
    id            VARCHAR(64)  PRIMARY KEY,
    release_id    VARCHAR(128) NOT NULL,
    researcher_id VARCHAR(128) NOT NULL,
    title         VARCHAR(500) NOT NULL,
    review        VARCHAR(16)  NOT NULL,
    review_due_by DATE,
    reviewers     JSONB        NOT NULL,
    state         VARCHAR(32)  NOT NULL,
    submitted_at  TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX manuscript_release_id ON manuscript (release_id);

-- One manuscript per (release, document): the same document submitted again is the same manuscript.
CREATE TABLE manuscript_document (
    release_id      VARCHAR(128) NOT NULL,
    document_digest VARCHAR(71)  NOT NULL,
    body_sha256     CHAR(64)     NOT NULL,
    manuscript_id   VARCHAR(64)  NOT NULL,
    PRIMARY KEY (release_id, document_digest)
);

-- Deemed approvals, written in the transaction that submits the manuscript; a poller claims due rows
-- (FOR UPDATE SKIP LOCKED), sends the command and sets fired_at in one transaction: each fires once.
CREATE TABLE manuscript_deadline (
    manuscript_id VARCHAR(64) PRIMARY KEY,
    due_at        TIMESTAMPTZ NOT NULL,
    fired_at      TIMESTAMPTZ,
    cancelled_at  TIMESTAMPTZ,
    attempts      INTEGER     NOT NULL DEFAULT 0,
    retry_at      TIMESTAMPTZ,
    last_error    TEXT
);
CREATE INDEX manuscript_deadline_pending ON manuscript_deadline (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
