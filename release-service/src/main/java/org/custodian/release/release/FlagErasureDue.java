package org.custodian.release.release;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Tell the researcher that erasure is due, or (as a {@code reminder}) soon due. */
public record FlagErasureDue(@TargetAggregateIdentifier String releaseId, boolean reminder) {
}
