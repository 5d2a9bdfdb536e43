package org.custodian.contracts.releases;

import java.time.Instant;
import org.custodian.contracts.GovernanceEvent;

/**
 * A live release waits for a steward to revoke or keep it, because the decision it rests on was
 * re-evaluated ({@code causeEventId}) to review, or to deny while release-service runs with {@code on-deny: flag}.
 */
public record ReleaseFlagged(
        String releaseId,
        String requestId,
        String researcherId,
        String reason,
        String causeEventId,
        Instant flaggedAt) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
