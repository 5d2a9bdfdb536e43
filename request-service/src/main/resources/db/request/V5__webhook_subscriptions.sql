-- Outbound webhooks: who wants which governance events where, and every delivery attempt.
CREATE TABLE webhook_subscription (
    id              VARCHAR(64)   PRIMARY KEY,
    url             VARCHAR(2000) NOT NULL,
    event_types     JSONB         NOT NULL,
    secret          VARCHAR(200)  NOT NULL,
    owner           VARCHAR(200)  NOT NULL,
    active          BOOLEAN       NOT NULL DEFAULT true,
    disabled_reason VARCHAR(500),
    created_at      TIMESTAMPTZ   NOT NULL
);

-- One row per (subscription, event): pending until delivered, failed after the last retry.
CREATE TABLE webhook_delivery (
    subscription_id VARCHAR(64)  NOT NULL REFERENCES webhook_subscription (id),
    event_id        VARCHAR(255) NOT NULL,
    event_type      VARCHAR(200) NOT NULL,
    payload         TEXT         NOT NULL,
    state           VARCHAR(16)  NOT NULL,
    attempts        INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING';

CREATE TABLE webhook_attempt (
    id              BIGSERIAL    PRIMARY KEY,
    subscription_id VARCHAR(64)  NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    attempt         INTEGER      NOT NULL,
    status_code     INTEGER,
    error           VARCHAR(500),
    attempted_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX webhook_attempt_subscription ON webhook_attempt (subscription_id, id);
