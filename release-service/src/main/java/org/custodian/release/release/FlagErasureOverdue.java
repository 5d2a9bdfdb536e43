package org.custodian.release.release;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Raise that the erase-by date and its grace period passed without a certificate. */
public record FlagErasureOverdue(@TargetAggregateIdentifier String releaseId, Instant graceEndedAt) {
}
