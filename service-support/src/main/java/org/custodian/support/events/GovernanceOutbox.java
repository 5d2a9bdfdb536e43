package org.custodian.support.events;

import java.net.URI;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.GovernanceEvent;

/**
 * The event store is the outbox (DESIGN §4): this tracking processor reads committed governance
 * events and publishes each synchronously. A failed send throws, so the token does not advance and
 * the event is sent again; consumers deduplicate by the event id, which is the Axon message id.
 */
@ProcessingGroup(GovernanceOutbox.PROCESSING_GROUP)
public class GovernanceOutbox {

    public static final String PROCESSING_GROUP = "governance-outbox";
    public static final String ACTOR = "actor";

    private final EventPublisher publisher;
    private final URI source;

    public GovernanceOutbox(EventPublisher publisher, URI source) {
        this.publisher = publisher;
        this.source = source;
    }

    @EventHandler
    void on(GovernanceEvent event, EventMessage<?> message) {
        Object actor = message.getMetaData().get(ACTOR);
        EventMetadata metadata = new EventMetadata(message.getIdentifier(), source,
                message.getTimestamp().atOffset(ZoneOffset.UTC), actor == null ? "system" : actor.toString());
        publisher.publish(event, metadata);
    }
}
