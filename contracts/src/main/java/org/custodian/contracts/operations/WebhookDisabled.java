package org.custodian.contracts.operations;

import org.custodian.contracts.GovernanceEvent;

/** A webhook subscription stopped receiving events, and why. */
public record WebhookDisabled(String subscriptionId, String reason) implements GovernanceEvent {

    @Override
    public String subject() {
        return subscriptionId;
    }
}
