package org.custodian.request.manuscript;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceEvent;
import org.springframework.stereotype.Component;

/** A manuscript's history, read straight from its events in the event store. */
@Component
class ManuscriptTimeline {

    private final EventStore events;

    ManuscriptTimeline(EventStore events) {
        this.events = events;
    }

    List<Entry> of(String manuscriptId) {
        return events.readEvents(manuscriptId).asStream().map(ManuscriptTimeline::entry).toList();
    }

    private static Entry entry(DomainEventMessage<?> message) {
        Object actor = message.getMetaData().get("actor");
        Object payload = message.getPayload();
        String name = payload instanceof GovernanceEvent event ? EventType.of(event).suffix()
                : payload instanceof ManuscriptStewardDecided ? "manuscript.steward-decided" : "moratorium.recorded";
        return new Entry(name, message.getTimestamp(), actor == null ? null : actor.toString(), message.getIdentifier(), payload);
    }

    /** One step of the timeline: what happened, when, by whom, with the event's data. */
    record Entry(String event, Instant at, String actor, String eventId, Object data) {
    }
}
