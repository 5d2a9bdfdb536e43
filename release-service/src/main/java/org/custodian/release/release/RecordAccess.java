package org.custodian.release.release;

import org.custodian.contracts.releases.Access;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record one reported use of released data; answers the violations found, none when it was allowed. */
public record RecordAccess(@TargetAggregateIdentifier String releaseId, String accessId, Access access) {
}
