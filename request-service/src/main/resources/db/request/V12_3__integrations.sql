-- Integrations an admin added through the API (those in configuration are not stored), and their signing secrets.
CREATE TABLE integration (
    name        VARCHAR(64)  PRIMARY KEY,
    active      BOOLEAN      NOT NULL DEFAULT true,
    created_by  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    disabled_by VARCHAR(200),
    disabled_at TIMESTAMPTZ
);

-- A secret verifies until valid_until (null: until the next rotation ends its grace).
CREATE TABLE integration_secret (
    id          VARCHAR(64)  PRIMARY KEY,
    integration VARCHAR(64)  NOT NULL REFERENCES integration (name),
    secret      VARCHAR(200) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL,
    valid_until TIMESTAMPTZ
);
CREATE INDEX integration_secret_of ON integration_secret (integration);
