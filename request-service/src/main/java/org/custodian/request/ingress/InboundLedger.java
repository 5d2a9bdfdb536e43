package org.custodian.request.ingress;

import io.cloudevents.CloudEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The outside events accepted so far, one per CloudEvents (source, id), and what became of each: applied
 * by request-service (its inbound consumer's ledger entry, {@link #APPLYING_CONSUMER}), reported applied
 * by another service, or dead-lettered.
 */
@Component
class InboundLedger {

    /** The consumed-event ledger name of request-service's own inbound consumer (researcher.CredentialReports). */
    static final String APPLYING_CONSUMER = "request-service.inbound";

    private final JdbcClient jdbc;

    InboundLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the event as accepted now; empty if it was accepted before, else the time recorded. */
    Optional<Instant> claim(CloudEvent event, String principal, Instant now) {
        int inserted = jdbc.sql("""
                INSERT INTO inbound_event (source, event_id, type, principal, accepted_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(event.getSource().toString(), event.getId(), event.getType(), principal, Timestamp.from(now))
                .update();
        return inserted == 1 ? Optional.of(now) : Optional.empty();
    }

    Instant acceptedAt(CloudEvent event) {
        return jdbc.sql("SELECT accepted_at FROM inbound_event WHERE source = ? AND event_id = ?")
                .params(event.getSource().toString(), event.getId())
                .query(Timestamp.class).single().toInstant();
    }

    /** The event as its sender may read it, with whoever sent it; empty when it was never accepted here. */
    Optional<InboundStatus> status(String source, String id) {
        return jdbc.sql("""
                SELECT e.source, e.event_id, e.type, e.principal, e.accepted_at, e.status, e.settled_at, e.reason,
                       e.dead_letter, c.consumed_at
                FROM inbound_event e LEFT JOIN consumed_event c
                    ON c.consumer = ? AND c.event_id = e.source || ' ' || e.event_id
                WHERE e.source = ? AND e.event_id = ?""")
                .params(APPLYING_CONSUMER, source, id)
                .query((row, n) -> InboundStatus.of(row)).optional();
    }

    /** Another service applied the event; a later dead-lettering of a redelivery does not undo that. */
    void applied(String source, String id, Instant at, String note) {
        jdbc.sql("""
                UPDATE inbound_event SET status = 'APPLIED', settled_at = ?, reason = ?, dead_letter = NULL
                WHERE source = ? AND event_id = ? AND status <> 'APPLIED'""")
                .params(Timestamp.from(at), note, source, id).update();
    }

    /** A consumer gave up on the event and parked it on a dead-letter topic. */
    void failed(String source, String id, Instant at, String reason, String deadLetter) {
        jdbc.sql("""
                UPDATE inbound_event SET status = 'FAILED', settled_at = ?, reason = ?, dead_letter = ?
                WHERE source = ? AND event_id = ? AND status = 'ACCEPTED'""")
                .params(Timestamp.from(at), reason, deadLetter, source, id).update();
    }
}
