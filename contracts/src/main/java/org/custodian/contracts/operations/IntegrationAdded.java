package org.custodian.contracts.operations;

import org.custodian.contracts.GovernanceEvent;

/** An admin added an integration that may sign its posts to Custodian (its secret is never published). */
public record IntegrationAdded(String integration, String secretId) implements GovernanceEvent {

    @Override
    public String subject() {
        return integration;
    }
}
