package org.custodian.contracts.releases;

import java.time.Instant;
import java.time.LocalDate;
import org.custodian.contracts.GovernanceEvent;

/** The researcher attested that the data an {@code erasure.requested} named was erased; that request is closed. */
public record ErasureRequestCertified(
        String releaseId,
        String requestId,
        String researcherId,
        String erasureRequestId,
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
