package org.custodian.support.events;

import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The event ids each consumer already acted on. Call it inside the transaction of the effect, so
 * that a redelivered event is recognised and skipped.
 */
public class ConsumedEvents {

    private static final String RECORD_ALL = "INSERT INTO consumed_event (consumer, event_id) SELECT ?, unnest(?)"
            + " ON CONFLICT DO NOTHING RETURNING event_id";

    private final JdbcTemplate jdbc;

    public ConsumedEvents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the delivery and says whether it is the first one of this event for this consumer. */
    public boolean firstDelivery(String consumer, String eventId) {
        return jdbc.update("INSERT INTO consumed_event (consumer, event_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                consumer, eventId) == 1;
    }

    /** As {@link #firstDelivery} for many ids in one statement: the ids delivered here for the first time. */
    public Set<String> firstDeliveries(String consumer, Collection<String> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(RECORD_ALL);
            statement.setString(1, consumer);
            statement.setArray(2, connection.createArrayOf("varchar", eventIds.toArray()));
            return statement;
        }, (row, n) -> row.getString(1)));
    }
}
