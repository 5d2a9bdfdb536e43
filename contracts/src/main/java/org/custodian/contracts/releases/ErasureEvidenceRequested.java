package org.custodian.contracts.releases;

import java.time.Instant;
import org.custodian.contracts.GovernanceEvent;

/** A steward asked the researcher for evidence that released data was (or will be) erased. */
public record ErasureEvidenceRequested(
        String releaseId,
        String requestId,
        String researcherId,
        String note,
        Instant requestedAt) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
