package org.custodian.contracts.releases;

import java.time.Instant;
import java.time.LocalDate;
import org.custodian.contracts.GovernanceEvent;

/** The researcher attested that released data was erased; this closes the erasure obligation. */
public record ErasureCertified(
        String releaseId,
        String requestId,
        String researcherId,
        String scope,
        String method,
        LocalDate erasedOn,
        String attestation,
        Instant certifiedAt) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
