package org.custodian.request.access;

import org.axonframework.serialization.Revision;
import org.custodian.contracts.decisions.Decision;

/** The policy's decision reached the request; kept so the request knows its latest decision. */
@Revision("1")
record DecisionReceived(String requestId, String decisionId, Decision decision) {
}
