package org.custodian.request.access;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceEvent;
import org.springframework.stereotype.Component;

/** A request's history, read straight from its events in the event store. */
@Component
class RequestTimeline {

    private final EventStore events;

    RequestTimeline(EventStore events) {
        this.events = events;
    }

    List<Entry> of(String requestId) {
        return events.readEvents(requestId).asStream().map(RequestTimeline::entry).toList();
    }

    private static Entry entry(DomainEventMessage<?> message) {
        Object actor = message.getMetaData().get("actor");
        return new Entry(name(message.getPayload()), message.getTimestamp(), actor == null ? null : actor.toString(),
                message.getIdentifier(), message.getPayload());
    }

    private static String name(Object payload) {
        if (payload instanceof GovernanceEvent event) {
            return EventType.of(event).suffix();
        }
        if (payload instanceof DecisionReceived) {
            return "decision.received";
        }
        if (payload instanceof ReleaseWithheld) {
            return "release.refused";
        }
        if (payload instanceof ReleaseGranted) {
            return "release.issued";
        }
        if (payload instanceof VersionSubmitted) {
            return "request.version-submitted";
        }
        return payload instanceof ReviewStalled ? "review.stalled" : payload.getClass().getSimpleName();
    }

    /** One step of the timeline: what happened, when, by whom, with the event's data. */
    record Entry(String event, Instant at, String actor, String eventId, Object data) {
    }
}
