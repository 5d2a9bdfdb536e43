package org.custodian.release.release;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A steward's answer to a flagged release: revoke it ({@code revoke} true) or keep it. */
public record ResolveFlag(@TargetAggregateIdentifier String releaseId, boolean revoke, String reason, Instant resolvedAt) {
}
