package org.custodian.request.access;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.decisions.Decision;

/** Take the policy's decision on a request into account. */
record RecordDecision(@TargetAggregateIdentifier String requestId, String decisionId, Decision decision) {
}
