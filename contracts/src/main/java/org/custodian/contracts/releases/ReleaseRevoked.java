package org.custodian.contracts.releases;

import java.time.Instant;
import org.custodian.contracts.GovernanceEvent;

/** A steward withdrew a release before its expiry; any use from {@code revokedAt} on is a violation. */
public record ReleaseRevoked(
        String releaseId,
        String requestId,
        String reason,
        Instant revokedAt) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
