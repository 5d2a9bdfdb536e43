package org.custodian.request.subscription;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Deliveries waiting, done or given up, and the log of every attempt. */
@Component
class DeliveryQueue {

    enum State { PENDING, DELIVERED, FAILED, ABANDONED }

    private final JdbcClient jdbc;

    DeliveryQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void enqueue(String subscriptionId, String eventId, String eventType, String payload, Instant now) {
        jdbc.sql("""
                INSERT INTO webhook_delivery (subscription_id, event_id, event_type, payload, state, next_attempt_at)
                VALUES (?, ?, ?, ?, 'PENDING', ?) ON CONFLICT DO NOTHING""")
                .params(subscriptionId, eventId, eventType, payload, Timestamp.from(now)).update();
    }

    /** The next due delivery, locked for this transaction so no other dispatcher takes it. */
    Optional<Delivery> claimDue(Instant now) {
        return jdbc.sql("""
                SELECT subscription_id, event_id, event_type, payload, attempts FROM webhook_delivery
                WHERE state = 'PENDING' AND next_attempt_at <= ? ORDER BY next_attempt_at
                LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .param(Timestamp.from(now))
                .query((row, n) -> new Delivery(row.getString("subscription_id"), row.getString("event_id"),
                        row.getString("event_type"), row.getString("payload"), row.getInt("attempts")))
                .optional();
    }

    void settle(Delivery delivery, State state, Instant nextAttempt) {
        jdbc.sql("""
                UPDATE webhook_delivery SET state = ?, attempts = attempts + 1, next_attempt_at = ?
                WHERE subscription_id = ? AND event_id = ?""")
                .params(state.name(), Timestamp.from(nextAttempt), delivery.subscriptionId(), delivery.eventId()).update();
    }

    void abandonPending(String subscriptionId) {
        jdbc.sql("UPDATE webhook_delivery SET state = 'ABANDONED' WHERE subscription_id = ? AND state = 'PENDING'")
                .param(subscriptionId).update();
    }

    /** Puts a failed or abandoned delivery back in the queue, due now, with a fresh round of retries; false if there is none. */
    boolean redeliver(String subscriptionId, String eventId, Instant now) {
        return jdbc.sql("""
                UPDATE webhook_delivery SET state = 'PENDING', attempts = 0, next_attempt_at = ?
                WHERE subscription_id = ? AND event_id = ? AND state IN ('FAILED', 'ABANDONED')""")
                .params(Timestamp.from(now), subscriptionId, eventId).update() == 1;
    }

    Optional<State> state(String subscriptionId, String eventId) {
        return jdbc.sql("SELECT state FROM webhook_delivery WHERE subscription_id = ? AND event_id = ?")
                .params(subscriptionId, eventId).query(String.class).optional().map(State::valueOf);
    }

    void logAttempt(Delivery delivery, Integer statusCode, String error, Instant at) {
        jdbc.sql("""
                INSERT INTO webhook_attempt (subscription_id, event_id, attempt, status_code, error, attempted_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(delivery.subscriptionId(), delivery.eventId(), delivery.attempts() + 1, statusCode, error,
                        Timestamp.from(at))
                .update();
    }

    List<Attempt> attempts(String subscriptionId, int limit) {
        return jdbc.sql("""
                SELECT a.event_id, d.event_type, a.attempt, a.status_code, a.error, a.attempted_at, d.state
                FROM webhook_attempt a JOIN webhook_delivery d USING (subscription_id, event_id)
                WHERE a.subscription_id = ? ORDER BY a.id DESC LIMIT ?""")
                .params(subscriptionId, limit)
                .query((row, n) -> new Attempt(row.getString("event_id"), row.getString("event_type"),
                        row.getInt("attempt"), (Integer) row.getObject("status_code"), row.getString("error"),
                        row.getTimestamp("attempted_at").toInstant(), row.getString("state")))
                .list();
    }

    /** One try to deliver one event, as the API shows it; {@code state} is where the delivery stands now. */
    record Attempt(String eventId, String eventType, int attempt, Integer statusCode, String error, Instant attemptedAt,
                   String state) {
    }
}
