package org.custodian.contracts.operations;

import org.custodian.contracts.GovernanceEvent;

/** A steward re-enabled a disabled webhook subscription; events reach its url again from now on. */
public record WebhookEnabled(String subscriptionId) implements GovernanceEvent {

    @Override
    public String subject() {
        return subscriptionId;
    }
}
