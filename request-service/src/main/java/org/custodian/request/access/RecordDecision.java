package org.custodian.request.access;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.decisions.Decision;
import org.custodian.request.review.Panel;

/** Take the policy's decision on a request into account, with the panel that would review it. */
record RecordDecision(@TargetAggregateIdentifier String requestId, String decisionId, Decision decision, Panel panel) {
}
