-- What release-service knows of each request before it releases: the latest decision (from
-- custodian.decisions.v1) and, when the request went to review, the quorum and who approved.
CREATE TABLE request_standing (
    request_id          VARCHAR(255) PRIMARY KEY,
    decision_id         VARCHAR(255),
    outcome             VARCHAR(32),
    decided_at          TIMESTAMPTZ,
    approvals_required  INTEGER
);

CREATE TABLE request_approval_vote (
    request_id   VARCHAR(255) NOT NULL,
    reviewer_id  VARCHAR(255) NOT NULL,
    vote         VARCHAR(32)  NOT NULL,
    PRIMARY KEY (request_id, reviewer_id)
);

-- A release whose decision was re-evaluated to deny, under custodian.releases.on-deny=flag, waits
-- here for a steward to revoke or keep it.
ALTER TABLE releases ADD COLUMN flagged_reason TEXT;
ALTER TABLE releases ADD COLUMN flagged_at     TIMESTAMPTZ;

-- A deadline whose command kept failing is parked after the last attempt, and left for an operator.
ALTER TABLE release_deadline ADD COLUMN parked_at TIMESTAMPTZ;

-- Erasure requests of releases (after consent.withdrawn), each open until the researcher certifies it.
CREATE TABLE release_erasure_request (
    release_id          VARCHAR(64)  NOT NULL,
    erasure_request_id  VARCHAR(255) NOT NULL,
    dataset_id          VARCHAR(255) NOT NULL,
    cohort              VARCHAR(255),
    subject_refs        JSONB        NOT NULL,
    reason              TEXT         NOT NULL,
    cause_event_id      VARCHAR(255),
    requested_at        TIMESTAMPTZ  NOT NULL,
    certified_at        TIMESTAMPTZ,
    PRIMARY KEY (release_id, erasure_request_id)
);

-- Standing arrangements: a release delivered again every N days, or monthly on a day of the month.
-- Deliveries fire from release_deadline (kind DELIVERY), which moves to the next due time as each fires.
CREATE TABLE release_schedule (
    release_id     VARCHAR(64)  PRIMARY KEY,
    every_days     INTEGER,
    monthly_day    INTEGER,
    set_by         VARCHAR(255) NOT NULL,
    set_at         TIMESTAMPTZ  NOT NULL,
    CHECK ((every_days IS NULL) <> (monthly_day IS NULL))
);
