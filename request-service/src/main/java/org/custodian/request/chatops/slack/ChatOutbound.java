package org.custodian.request.chatops.slack;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Calls to Slack waiting to be made, made, or given up after the last retry. */
@Component
class ChatOutbound {

    /** What a call does: the review message and its update, a thread reply, a channel notice, a follow-up. */
    enum Kind { POST_REVIEW, UPDATE_REVIEW, THREAD_REPLY, NOTICE, FOLLOW_UP }

    enum State { PENDING, SENT, FAILED }

    record Call(long id, Kind kind, String subjectId, String url, String payload, int attempts) {
    }

    private final JdbcClient jdbc;

    ChatOutbound(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(Kind kind, String subjectId, String url, String payload, Instant now) {
        jdbc.sql("""
                INSERT INTO chat_outbound (subject_id, method, url, payload, state, next_attempt_at, created_at)
                VALUES (?, ?, ?, ?, 'PENDING', ?, ?)""")
                .params(subjectId, kind.name(), url, payload, Timestamp.from(now), Timestamp.from(now)).update();
    }

    /** A new review round replaces the old message: what was still to be done to the old one is dropped. */
    void supersede(String subjectId) {
        jdbc.sql("""
                UPDATE chat_outbound SET state = 'FAILED', last_error = 'superseded by a new review round'
                WHERE subject_id = ? AND state = 'PENDING' AND method IN ('UPDATE_REVIEW', 'THREAD_REPLY')""")
                .param(subjectId).update();
    }

    /** The oldest due call, locked for this transaction so no other dispatcher takes it. */
    Optional<Call> claimDue(Instant now) {
        return jdbc.sql("""
                SELECT id, method, subject_id, url, payload, attempts FROM chat_outbound
                WHERE state = 'PENDING' AND next_attempt_at <= ? ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(Timestamp.from(now))
                .query((row, n) -> new Call(row.getLong("id"), Kind.valueOf(row.getString("method")),
                        row.getString("subject_id"), row.getString("url"), row.getString("payload"), row.getInt("attempts")))
                .optional();
    }

    void settle(Call call, State state, String error, Instant nextAttempt) {
        jdbc.sql("UPDATE chat_outbound SET state = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?")
                .params(state.name(), error == null ? null : error.substring(0, Math.min(error.length(), 500)),
                        Timestamp.from(nextAttempt), call.id())
                .update();
    }
}
