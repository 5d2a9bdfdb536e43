-- Consumers are idempotent by CloudEvents id: a delivery is acted on only if its id is new here,
-- recorded in the same transaction as its effect.
CREATE TABLE consumed_event (
    consumer    VARCHAR(100) NOT NULL,
    event_id    VARCHAR(255) NOT NULL,
    consumed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
