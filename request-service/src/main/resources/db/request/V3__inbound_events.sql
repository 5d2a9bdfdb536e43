-- Outside events accepted at POST /api/events, one row per CloudEvents (source, id): a repeated
-- event is answered with its original acceptance and is not published again.
CREATE TABLE inbound_event (
    source      VARCHAR(500) NOT NULL,
    event_id    VARCHAR(255) NOT NULL,
    type        VARCHAR(200) NOT NULL,
    principal   VARCHAR(200) NOT NULL,
    accepted_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (source, event_id)
);
