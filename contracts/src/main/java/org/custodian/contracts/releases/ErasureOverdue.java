package org.custodian.contracts.releases;

import java.time.Instant;
import java.time.LocalDate;
import org.custodian.contracts.GovernanceEvent;

/** The erase-by date and its grace period passed without an erasure certificate (invariant 4). */
public record ErasureOverdue(
        String releaseId,
        String requestId,
        String researcherId,
        LocalDate eraseBy,
        Instant graceEndedAt) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
