package org.custodian.release.release;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the delivery of a standing arrangement that fell due at {@code scheduledFor}. */
public record MakeDelivery(@TargetAggregateIdentifier String releaseId, Instant scheduledFor, Instant madeAt) {
}
