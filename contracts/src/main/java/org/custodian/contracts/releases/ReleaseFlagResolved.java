package org.custodian.contracts.releases;

import java.time.Instant;
import org.custodian.contracts.GovernanceEvent;

/**
 * A steward resolved a flagged release: {@code resolution} is {@code revoke} (followed by
 * {@code release.revoked}) or {@code keep}; the steward is the event's actor.
 */
public record ReleaseFlagResolved(
        String releaseId,
        String requestId,
        String resolution,
        String reason,
        Instant resolvedAt) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
