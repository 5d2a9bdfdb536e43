package org.custodian.contracts.releases;

import java.time.Instant;
import org.custodian.contracts.GovernanceEvent;

/** A release's access period ended at {@code expiredAt}; any later use is a violation. */
public record ReleaseExpired(
        String releaseId,
        String requestId,
        Instant expiredAt) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
