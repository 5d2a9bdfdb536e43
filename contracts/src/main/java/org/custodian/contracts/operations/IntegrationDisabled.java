package org.custodian.contracts.operations;

import org.custodian.contracts.GovernanceEvent;

/** An admin disabled an integration; its signed posts are refused from now on. */
public record IntegrationDisabled(String integration) implements GovernanceEvent {

    @Override
    public String subject() {
        return integration;
    }
}
