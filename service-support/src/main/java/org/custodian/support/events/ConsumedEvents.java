package org.custodian.support.events;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event ids each consumer already acted on. Call it inside the transaction of the effect, so
 * that a redelivered event is recognised and skipped.
 */
public class ConsumedEvents {

    private final JdbcTemplate jdbc;

    public ConsumedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the delivery and says whether it is the first one of this event for this consumer. */
    public boolean firstDelivery(String consumer, String eventId) {
        return jdbc.update("INSERT INTO consumed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                consumer, eventId) == 1;
    }
}
