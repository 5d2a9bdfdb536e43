package org.custodian.release.release;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** End the access period of a release, as scheduled for {@code expiredAt}. */
public record ExpireRelease(@TargetAggregateIdentifier String releaseId, Instant expiredAt) {
}
