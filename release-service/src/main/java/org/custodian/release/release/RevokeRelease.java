package org.custodian.release.release;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a release before its expiry. */
public record RevokeRelease(@TargetAggregateIdentifier String releaseId, String reason, Instant revokedAt) {
}
