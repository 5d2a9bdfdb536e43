-- What became of an accepted outside event, for its sender to read (GET /api/events/{source}/{id}):
-- applied by a service, or failed with the reason and where it was dead-lettered. Events request-service
-- applies itself are read as applied from its consumed_event ledger; these columns hold what other
-- services report (release-service's access records) and every dead-lettering.
ALTER TABLE inbound_event
    ADD COLUMN status      VARCHAR(20)  NOT NULL DEFAULT 'ACCEPTED',
    ADD COLUMN settled_at  TIMESTAMPTZ,
    ADD COLUMN reason      TEXT,
    ADD COLUMN dead_letter VARCHAR(300);
