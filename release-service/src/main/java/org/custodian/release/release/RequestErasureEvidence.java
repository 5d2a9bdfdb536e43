package org.custodian.release.release;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ask the researcher for evidence of erasure. */
public record RequestErasureEvidence(@TargetAggregateIdentifier String releaseId, String note, Instant requestedAt) {
}
