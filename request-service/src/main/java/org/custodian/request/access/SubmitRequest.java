package org.custodian.request.access;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.requests.RequestSubmitted;

/** Submit an access request as the researcher described it. */
record SubmitRequest(@TargetAggregateIdentifier String requestId, RequestSubmitted request) {
}
