package org.custodian.release.release;

import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the researcher's certificate that released data was erased. */
public record CertifyErasure(
        @TargetAggregateIdentifier String releaseId,
        String researcherId,
        String scope,
        String method,
        LocalDate erasedOn,
        String attestation,
        Instant certifiedAt) {
}
