-- Filters of GET /api/audit/entries: datasets and researchers named in the data (jsonb containment),
-- the acting principal, and the event's time (the time received where the event has none).
CREATE INDEX audit_entry_envelope ON audit_entry USING gin (envelope jsonb_path_ops);
CREATE INDEX audit_entry_actor ON audit_entry (actor, seq);
CREATE INDEX audit_entry_time ON audit_entry ((coalesce(event_time, received_at)), seq);
