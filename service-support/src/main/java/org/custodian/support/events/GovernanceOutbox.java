package org.custodian.support.events;

import java.net.URI;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.support.tracing.TraceContext;

/**
 * The event store is the outbox (DESIGN §4): this tracking processor reads committed governance
 * events and publishes each synchronously. A failed send throws, so the token does not advance and
 * the event is sent again; consumers deduplicate by the event id, which is the Axon message id.
 */
@ProcessingGroup(GovernanceOutbox.PROCESSING_GROUP)
public class GovernanceOutbox {

    public static final String PROCESSING_GROUP = "governance-outbox";
    public static final String ACTOR = "actor";
    public static final String ON_BEHALF_OF = "onBehalfOf";

    private final EventPublisher publisher;
    private final URI source;
    private final TraceContext trace;

    public GovernanceOutbox(EventPublisher publisher, URI source, TraceContext trace) {
        this.publisher = publisher;
        this.source = source;
        this.trace = trace;
    }

    @EventHandler
    void on(GovernanceEvent event, EventMessage<?> message) {
        publish(event, message);
    }

    /**
     * Publishes a governance event with the envelope of the stored message it stands for: its id, time,
     * actor and on-behalf-of claim. For a service's internal events that the audit log must see too.
     */
    public void publish(GovernanceEvent event, EventMessage<?> message) {
        Object actor = message.getMetaData().get(ACTOR);
        Object onBehalfOf = message.getMetaData().get(ON_BEHALF_OF);
        EventMetadata metadata = new EventMetadata(message.getIdentifier(), source,
                message.getTimestamp().atOffset(ZoneOffset.UTC), actor == null ? "system" : actor.toString(),
                onBehalfOf == null ? null : onBehalfOf.toString());
        Object traceparent = message.getMetaData().get(TraceContext.TRACEPARENT);
        trace.within(traceparent == null ? null : traceparent.toString(), "publish " + message.getPayloadType().getSimpleName(),
                () -> publisher.publish(event, metadata));
    }
}
