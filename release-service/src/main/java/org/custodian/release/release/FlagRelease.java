package org.custodian.release.release;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set a live release aside for a steward to revoke or keep. */
public record FlagRelease(@TargetAggregateIdentifier String releaseId, String reason, String causeEventId, Instant flaggedAt) {
}
