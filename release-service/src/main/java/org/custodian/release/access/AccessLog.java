package org.custodian.release.access;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.custodian.contracts.releases.Access;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.springframework.stereotype.Component;

/**
 * A release's recorded uses, read from its own events in the event store (not from a snapshot, which
 * would skip them), in the order they were recorded; the sequence number of each is its page cursor.
 */
@Component
class AccessLog {

    private final EventStore events;

    AccessLog(EventStore events) {
        this.events = events;
    }

    /** Up to {@code count} uses recorded after sequence number {@code after} (-1 for the first). */
    List<Entry> page(String releaseId, long after, int count) {
        try (Stream<? extends DomainEventMessage<?>> stream = events.readEvents(releaseId, after + 1).asStream()) {
            return stream.map(AccessLog::entry).flatMap(Optional::stream).limit(count).toList();
        }
    }

    private static Optional<Entry> entry(DomainEventMessage<?> message) {
        Object actor = message.getMetaData().get("actor");
        String by = actor == null ? null : actor.toString();
        if (message.getPayload() instanceof ReleaseAccessed accessed) {
            return Optional.of(new Entry(message.getSequenceNumber(), accessed.accessId(), "ALLOWED", List.of(),
                    accessed.access(), message.getTimestamp(), by));
        }
        if (message.getPayload() instanceof ReleaseAccessViolated violated) {
            return Optional.of(new Entry(message.getSequenceNumber(), violated.accessId(), "VIOLATION", violated.violations(),
                    violated.access(), message.getTimestamp(), by));
        }
        return Optional.empty();
    }

    /** One use as recorded: the reporter's id for it, whether it kept to the release, who reported it and when. */
    record Entry(long sequence, String accessId, String outcome, List<String> violations, Access access,
                 Instant recordedAt, String reportedBy) {
    }
}
