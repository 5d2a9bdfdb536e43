package org.custodian.request.chatops.slack;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What Slack users asked for, from the moment Slack was answered until it is done: a worker claims
 * an action for a while; one whose worker died is claimed again. Votes are idempotent per reviewer,
 * so doing one twice records it once.
 */
@Component
class ChatActions {

    /** What a Slack user asked. */
    enum Kind { APPROVE, REJECT, REQUEST_CHANGES, CONFLICT, MANUSCRIPT_APPROVE, MANUSCRIPT_CHANGES, PENDING, STATUS }

    /** One request from Slack: who, what, about which request or manuscript, why, and where to answer. */
    record Action(long id, String slackUserId, Kind kind, String subjectId, String reason, String responseUrl) {
    }

    static final Duration CLAIM = Duration.ofSeconds(60);

    private final JdbcClient jdbc;

    ChatActions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long add(String slackUserId, Kind kind, String subjectId, String reason, String responseUrl, Instant now) {
        return jdbc.sql("""
                INSERT INTO chat_action (slack_user_id, action, subject_id, reason, response_url, state, created_at)
                VALUES (?, ?, ?, ?, ?, 'PENDING', ?) RETURNING id""")
                .params(slackUserId, kind.name(), subjectId, reason, responseUrl, Timestamp.from(now))
                .query(Long.class).single();
    }

    /** The action, if it is pending and nobody holds it now; held by the caller for {@link #CLAIM}. */
    Optional<Action> claim(long id, Instant now) {
        int claimed = jdbc.sql("""
                UPDATE chat_action SET claimed_at = ? WHERE id = ? AND state = 'PENDING'
                  AND (claimed_at IS NULL OR claimed_at < ?)""")
                .params(Timestamp.from(now), id, Timestamp.from(now.minus(CLAIM))).update();
        if (claimed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, slack_user_id, action, subject_id, reason, response_url FROM chat_action WHERE id = ?")
                .param(id)
                .query((row, n) -> new Action(row.getLong("id"), row.getString("slack_user_id"),
                        Kind.valueOf(row.getString("action")), row.getString("subject_id"), row.getString("reason"),
                        row.getString("response_url")))
                .optional();
    }

    void done(long id) {
        jdbc.sql("UPDATE chat_action SET state = 'DONE' WHERE id = ?").param(id).update();
    }

    /** Pending actions nobody started within {@code grace}, or whose worker's claim ran out. */
    List<Long> stranded(Instant now, Duration grace) {
        return jdbc.sql("""
                SELECT id FROM chat_action WHERE state = 'PENDING' AND created_at < ?
                  AND (claimed_at IS NULL OR claimed_at < ?) ORDER BY id LIMIT 20""")
                .params(Timestamp.from(now.minus(grace)), Timestamp.from(now.minus(CLAIM)))
                .query(Long.class).list();
    }
}
