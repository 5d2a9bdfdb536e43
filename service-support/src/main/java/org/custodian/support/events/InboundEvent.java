package org.custodian.support.events;

import io.cloudevents.CloudEvent;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.GovernanceEvent;

/** A governance event as a consumer received it: the typed event and its CloudEvents envelope. */
public record InboundEvent(CloudEvent cloudEvent, GovernanceEvent event) {

    public String id() {
        return cloudEvent.getId();
    }

    public String actor() {
        return GovernanceCloudEvents.actor(cloudEvent);
    }

    /** Whom the actor was allowed to act for, or null. */
    public String onBehalfOf() {
        return GovernanceCloudEvents.onBehalfOf(cloudEvent);
    }
}
