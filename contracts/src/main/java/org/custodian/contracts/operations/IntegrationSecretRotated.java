package org.custodian.contracts.operations;

import java.time.Instant;
import org.custodian.contracts.GovernanceEvent;

/** An admin gave an integration a new signing secret; its earlier ones stay valid until the grace ends. */
public record IntegrationSecretRotated(String integration, String secretId, Instant previousValidUntil)
        implements GovernanceEvent {

    @Override
    public String subject() {
        return integration;
    }
}
