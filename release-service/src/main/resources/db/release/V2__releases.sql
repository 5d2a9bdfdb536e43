-- The release register: one row per issued release, projected from the Release aggregate's events.
CREATE TABLE releases (
    id            VARCHAR(64)  PRIMARY KEY,
    -- one release per request (invariant 1); the aggregate id is derived from it as well
    request_id    VARCHAR(128) NOT NULL UNIQUE,
    researcher_id VARCHAR(128) NOT NULL,
    datasets      JSONB        NOT NULL,
    erase_by      DATE         NOT NULL,
    obligations   JSONB        NOT NULL,
    state         VARCHAR(32)  NOT NULL,
    issued_at     TIMESTAMPTZ  NOT NULL
);
CREATE INDEX releases_researcher ON releases (researcher_id);
