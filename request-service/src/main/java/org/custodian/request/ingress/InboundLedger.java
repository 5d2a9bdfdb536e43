package org.custodian.request.ingress;

import io.cloudevents.CloudEvent;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The outside events accepted so far, one per CloudEvents (source, id). */
@Component
class InboundLedger {

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
}
