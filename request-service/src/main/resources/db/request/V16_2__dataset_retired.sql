-- A retired dataset takes no new requests; its live releases are untouched (dataset.retired).
ALTER TABLE dataset
    ADD COLUMN retired_at     TIMESTAMPTZ,
    ADD COLUMN retired_reason VARCHAR(2000);
