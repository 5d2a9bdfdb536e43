package org.custodian.request.access;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Note on the request that release-service refused to release it. */
record RecordReleaseRefusal(@TargetAggregateIdentifier String requestId, String decisionId, String code, String detail) {
}
