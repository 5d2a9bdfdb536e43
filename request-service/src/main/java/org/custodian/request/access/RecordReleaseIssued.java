package org.custodian.request.access;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Note on the request that release-service released it. */
record RecordReleaseIssued(@TargetAggregateIdentifier String requestId, String releaseId, LocalDate eraseBy) {
}
