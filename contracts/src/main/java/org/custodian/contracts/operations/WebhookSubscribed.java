package org.custodian.contracts.operations;

import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/** A steward subscribed a receiver to governance events; from now on they leave Custodian for that url. */
public record WebhookSubscribed(String subscriptionId, String url, List<String> eventTypes) implements GovernanceEvent {

    public WebhookSubscribed {
        eventTypes = List.copyOf(eventTypes);
    }

    @Override
    public String subject() {
        return subscriptionId;
    }
}
