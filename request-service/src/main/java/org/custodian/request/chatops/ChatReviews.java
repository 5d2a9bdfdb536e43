package org.custodian.request.chatops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodian.contracts.requests.VotingRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reviews chat follows, as a table kept from the requests topic. */
@Component
public class ChatReviews {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> VOTES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    ChatReviews(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    /**
     * Starts following a review, or a new round of one that ended (an amended request goes to review
     * again: fresh panel, votes, deadline and message); false if it is open already.
     */
    boolean open(String subjectId, ChatReview.Kind kind, List<String> reviewers, int approvalsRequired, boolean blinded,
                 Instant openedAt, Instant dueAt, Instant remindAt) {
        return open(subjectId, kind, reviewers, approvalsRequired, VotingRule.DEFAULT, blinded, openedAt, dueAt, remindAt);
    }

    boolean open(String subjectId, ChatReview.Kind kind, List<String> reviewers, int approvalsRequired, VotingRule voting,
                 boolean blinded, Instant openedAt, Instant dueAt, Instant remindAt) {
        return jdbc.sql("""
                INSERT INTO chat_review (subject_id, kind, reviewers, approvals_required, voting, blinded, state, opened_at,
                                         due_at, remind_at)
                VALUES (?, ?, ?::jsonb, ?, ?, ?, 'OPEN', ?, ?, ?)
                ON CONFLICT (subject_id) DO UPDATE SET kind = EXCLUDED.kind, reviewers = EXCLUDED.reviewers,
                    votes = '{}', recused = '[]', approvals_required = EXCLUDED.approvals_required, voting = EXCLUDED.voting,
                    blinded = EXCLUDED.blinded, state = 'OPEN', outcome = NULL, opened_at = EXCLUDED.opened_at,
                    due_at = EXCLUDED.due_at, remind_at = EXCLUDED.remind_at, reminded_at = NULL, overdue_at = NULL,
                    channel = NULL, ts = NULL
                WHERE chat_review.state = 'CLOSED'""")
                .params(subjectId, kind.name(), json(reviewers), approvalsRequired, voting.wireName(), blinded,
                        Timestamp.from(openedAt),
                        timestamp(dueAt), timestamp(remindAt))
                .update() == 1;
    }

    /** An open review put before another panel: the votes of those who stay stand; false if it was not open. */
    boolean reassigned(String subjectId, List<String> reviewers, int approvalsRequired, VotingRule voting) {
        return jdbc.sql("""
                UPDATE chat_review SET reviewers = ?::jsonb, approvals_required = ?, voting = ?,
                    votes = (SELECT COALESCE(jsonb_object_agg(key, value), '{}') FROM jsonb_each(votes)
                             WHERE key IN (SELECT jsonb_array_elements_text(?::jsonb)))
                WHERE subject_id = ? AND state = 'OPEN'""")
                .params(json(reviewers), approvalsRequired, voting.wireName(), json(reviewers), subjectId).update() == 1;
    }

    void voted(String subjectId, String reviewerId, String vote) {
        jdbc.sql("UPDATE chat_review SET votes = votes || jsonb_build_object(?::text, ?::text) WHERE subject_id = ?")
                .params(reviewerId, vote, subjectId).update();
    }

    void recused(String subjectId, String reviewerId) {
        jdbc.sql("UPDATE chat_review SET recused = recused || to_jsonb(?::text) WHERE subject_id = ?")
                .params(reviewerId, subjectId).update();
    }

    /** Ends an open review with its outcome; false if it was not open (or not followed). */
    boolean close(String subjectId, String outcome) {
        return jdbc.sql("UPDATE chat_review SET state = 'CLOSED', outcome = ? WHERE subject_id = ? AND state = 'OPEN'")
                .params(outcome, subjectId).update() == 1;
    }

    public void posted(String subjectId, String channel, String ts) {
        jdbc.sql("UPDATE chat_review SET channel = ?, ts = ? WHERE subject_id = ?").params(channel, ts, subjectId).update();
    }

    public Optional<ChatReview> find(String subjectId) {
        return jdbc.sql("SELECT * FROM chat_review WHERE subject_id = ?").param(subjectId).query(this::row).optional();
    }

    /** Open reviews on which the reviewer may still vote, oldest first. */
    public List<ChatReview> awaiting(String reviewerId) {
        return jdbc.sql("""
                SELECT * FROM chat_review WHERE state = 'OPEN' AND jsonb_exists(reviewers, ?) AND NOT jsonb_exists(votes, ?)
                  AND NOT jsonb_exists(recused, ?)
                  AND kind <> 'MANUSCRIPT_NOTICE'
                ORDER BY opened_at""")
                .params(reviewerId, reviewerId, reviewerId).query(this::row).list();
    }

    /** The next open review whose reminder is due, locked for this transaction; marked reminded. */
    public Optional<ChatReview> claimReminder(Instant now) {
        return claim("remind_at", "reminded_at", now);
    }

    /** The next open review whose deadline passed, locked for this transaction; marked overdue. */
    public Optional<ChatReview> claimOverdue(Instant now) {
        return claim("due_at", "overdue_at", now);
    }

    private Optional<ChatReview> claim(String dueColumn, String firedColumn, Instant now) {
        Optional<ChatReview> due = jdbc.sql("SELECT * FROM chat_review WHERE state = 'OPEN' AND " + firedColumn
                        + " IS NULL AND " + dueColumn + " <= ? ORDER BY " + dueColumn + " LIMIT 1 FOR UPDATE SKIP LOCKED")
                .param(Timestamp.from(now)).query(this::row).optional();
        due.ifPresent(review -> jdbc.sql("UPDATE chat_review SET " + firedColumn + " = ? WHERE subject_id = ?")
                .params(Timestamp.from(now), review.subjectId()).update());
        return due;
    }

    private ChatReview row(ResultSet row, int n) throws SQLException {
        try {
            Timestamp due = row.getTimestamp("due_at");
            return new ChatReview(row.getString("subject_id"), ChatReview.Kind.valueOf(row.getString("kind")),
                    mapper.readValue(row.getString("reviewers"), STRINGS), mapper.readValue(row.getString("votes"), VOTES),
                    new HashSet<>(mapper.readValue(row.getString("recused"), STRINGS)), row.getInt("approvals_required"),
                    row.getBoolean("blinded"), "OPEN".equals(row.getString("state")), row.getString("outcome"),
                    due == null ? null : due.toInstant(), row.getString("channel"), row.getString("ts"),
                    VotingRule.fromWireName(row.getString("voting")));
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable chat review " + row.getString("subject_id"), e);
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }
}
