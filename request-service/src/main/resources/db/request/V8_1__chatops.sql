-- Chat-ops: which chat account is which reviewer, the reviews chat follows, and what it must send.

-- A steward links a reviewer (token subject) to their Slack user id; one account per reviewer.
CREATE TABLE chat_member (
    reviewer_id   VARCHAR(128) PRIMARY KEY,
    slack_user_id VARCHAR(32)  NOT NULL UNIQUE,
    linked_by     VARCHAR(200) NOT NULL,
    linked_at     TIMESTAMPTZ  NOT NULL
);

-- A request review or manuscript review announced in chat: its panel, votes so far, the posted
-- message (channel + ts, for chat.update), and the vote deadline with its one reminder.
CREATE TABLE chat_review (
    subject_id         VARCHAR(64)  PRIMARY KEY,
    kind               VARCHAR(32)  NOT NULL,
    reviewers          JSONB        NOT NULL,
    votes              JSONB        NOT NULL DEFAULT '{}',
    recused            JSONB        NOT NULL DEFAULT '[]',
    approvals_required INTEGER      NOT NULL,
    blinded            BOOLEAN      NOT NULL,
    state              VARCHAR(16)  NOT NULL,
    outcome            VARCHAR(64),
    opened_at          TIMESTAMPTZ  NOT NULL,
    due_at             TIMESTAMPTZ,
    remind_at          TIMESTAMPTZ,
    reminded_at        TIMESTAMPTZ,
    overdue_at         TIMESTAMPTZ,
    channel            VARCHAR(64),
    ts                 VARCHAR(64)
);
CREATE INDEX chat_review_remind ON chat_review (remind_at) WHERE state = 'OPEN' AND reminded_at IS NULL;
CREATE INDEX chat_review_due ON chat_review (due_at) WHERE state = 'OPEN' AND overdue_at IS NULL;

-- Calls to the chat platform waiting, done or given up: posts, updates and response_url follow-ups.
CREATE TABLE chat_outbound (
    id              BIGSERIAL     PRIMARY KEY,
    subject_id      VARCHAR(64),
    method          VARCHAR(32)   NOT NULL,
    url             VARCHAR(2000),
    payload         TEXT          NOT NULL,
    state           VARCHAR(16)   NOT NULL,
    attempts        INTEGER       NOT NULL DEFAULT 0,
    last_error      VARCHAR(500),
    next_attempt_at TIMESTAMPTZ   NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL
);
CREATE INDEX chat_outbound_due ON chat_outbound (next_attempt_at) WHERE state = 'PENDING';

-- Signatures of accepted Slack requests within their five minutes: a second delivery is a replay.
CREATE TABLE chat_signature_seen (
    signature VARCHAR(100) PRIMARY KEY,
    seen_at   TIMESTAMPTZ  NOT NULL
);

-- What Slack users asked for, kept from the acknowledgement until done, so a restart loses no click.
CREATE TABLE chat_action (
    id            BIGSERIAL     PRIMARY KEY,
    slack_user_id VARCHAR(32)   NOT NULL,
    action        VARCHAR(32)   NOT NULL,
    subject_id    VARCHAR(64),
    reason        VARCHAR(2000),
    response_url  VARCHAR(2000) NOT NULL,
    state         VARCHAR(16)   NOT NULL,
    claimed_at    TIMESTAMPTZ,
    created_at    TIMESTAMPTZ   NOT NULL
);
CREATE INDEX chat_action_pending ON chat_action (created_at) WHERE state = 'PENDING';
