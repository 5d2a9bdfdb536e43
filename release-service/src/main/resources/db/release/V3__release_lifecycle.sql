-- Expiry, revocation and erasure of releases, projected from the Release aggregate's events.
ALTER TABLE releases ADD COLUMN expires_at   TIMESTAMPTZ;
ALTER TABLE releases ADD COLUMN revoked_at   TIMESTAMPTZ;
ALTER TABLE releases ADD COLUMN erasure      VARCHAR(32) NOT NULL DEFAULT 'PENDING';

-- Deadlines of releases, written in the transaction of the event that sets them, so that a crash
-- between scheduling and firing loses nothing. A poller claims due rows (FOR UPDATE SKIP LOCKED),
-- sends the command and sets fired_at in one transaction: each deadline fires once.
CREATE TABLE release_deadline (
    release_id    VARCHAR(64)  NOT NULL,
    kind          VARCHAR(32)  NOT NULL,
    due_at        TIMESTAMPTZ  NOT NULL,
    fired_at      TIMESTAMPTZ,
    cancelled_at  TIMESTAMPTZ,
    attempts      INTEGER      NOT NULL DEFAULT 0,
    retry_at      TIMESTAMPTZ,
    last_error    TEXT,
    PRIMARY KEY (release_id, kind)
);
CREATE INDEX release_deadline_pending ON release_deadline (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;

-- The signed grant of each release (one per release, written when it is issued).
CREATE TABLE release_grant (
    release_id  VARCHAR(64)  PRIMARY KEY,
    token       TEXT         NOT NULL
);

-- The key grants are signed with; kept in the service's database so it survives restarts and is
-- shared by every instance. The newest row signs; older rows stay published for verification.
CREATE TABLE grant_signing_key (
    kid         VARCHAR(64)  PRIMARY KEY,
    jwk         TEXT         NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
