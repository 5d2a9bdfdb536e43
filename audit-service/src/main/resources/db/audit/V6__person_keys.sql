-- Crypto-shredding: personal fields of entries are stored encrypted with a key per person. This
-- table is mutable and outside the hash chain on purpose: erasing a person sets their key to NULL,
-- which makes their data in the (unchanged, still verifying) log unreadable.
CREATE TABLE person_key (
    researcher_id TEXT        NOT NULL PRIMARY KEY,
    secret        BYTEA       CHECK (secret IS NULL OR octet_length(secret) = 32),
    created_at    TIMESTAMPTZ NOT NULL,
    erased_at     TIMESTAMPTZ,
    erased_by     TEXT,
    erasure_reason TEXT,
    CHECK ((secret IS NULL) = (erased_at IS NOT NULL))
);
