package org.custodian.contracts.releases;

import java.time.LocalDate;
import org.custodian.contracts.GovernanceEvent;

/**
 * Released data must be erased by {@code eraseBy}. Sent once as a {@code reminder} some days
 * before, and once on the day itself.
 */
public record ErasureDue(
        String releaseId,
        String requestId,
        String researcherId,
        LocalDate eraseBy,
        boolean reminder) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
