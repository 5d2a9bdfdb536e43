package org.custodian.release.release;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the researcher's certificate that the data of one erasure request was erased. */
public record CertifyErasureRequest(
        @TargetAggregateIdentifier String releaseId,
        String researcherId,
        String erasureRequestId,
        String scope,
        String method,
        LocalDate erasedOn,
        String attestation,
        Instant certifiedAt) {
}
