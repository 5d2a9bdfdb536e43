-- The outbox of erasures: an erasure is announced on custodian.catalog.v1 (personal-data.erased) after the
-- transaction that destroyed the key; until the broker acknowledged it, erasure_announced_at stays NULL and
-- the announcer tries again, so a crash between the two loses nothing. Erasures made before this column
-- existed are NULL too, so they reach the other services on the first run.
ALTER TABLE person_key ADD COLUMN erasure_announced_at TIMESTAMPTZ;
CREATE INDEX person_key_unannounced ON person_key (erased_at) WHERE erased_at IS NOT NULL AND erasure_announced_at IS NULL;
