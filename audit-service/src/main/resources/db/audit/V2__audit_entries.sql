-- The audit log: one row per CloudEvent, in the order the service appended it. seq is assigned by
-- the service under the chain head lock, so it has no gaps (a sequence would leave gaps on rollback).
CREATE TABLE audit_entry (
    seq             BIGINT      NOT NULL PRIMARY KEY CHECK (seq > 0),
    event_id        TEXT        NOT NULL,
    event_source    TEXT        NOT NULL,
    event_type      TEXT        NOT NULL,
    subject         TEXT,
    actor           TEXT,
    event_time      TIMESTAMPTZ,
    envelope        JSONB       NOT NULL,
    topic           TEXT        NOT NULL,
    kafka_partition INTEGER     NOT NULL,
    kafka_offset    BIGINT      NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    prev_hash       BYTEA       NOT NULL CHECK (octet_length(prev_hash) = 32),
    entry_hash      BYTEA       NOT NULL CHECK (octet_length(entry_hash) = 32),
    -- CloudEvents: source + id identify an event; a redelivery must not become a second entry.
    CONSTRAINT audit_entry_event UNIQUE (event_source, event_id)
);

CREATE INDEX audit_entry_subject ON audit_entry (subject, seq);
CREATE INDEX audit_entry_type ON audit_entry (event_type, seq);

-- The last appended entry. Appenders lock this row, which serialises appends and so defines the chain.
CREATE TABLE audit_chain_head (
    id         SMALLINT NOT NULL PRIMARY KEY CHECK (id = 1),
    seq        BIGINT   NOT NULL,
    entry_hash BYTEA    NOT NULL CHECK (octet_length(entry_hash) = 32)
);

INSERT INTO audit_chain_head (id, seq, entry_hash) VALUES (1, 0, decode(repeat('00', 32), 'hex'));
