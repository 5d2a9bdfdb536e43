package org.custodian.request.access;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.requests.RequestSubmitted;

/** Submit an access request as the researcher described it, with the terms versions of its datasets now. */
record SubmitRequest(@TargetAggregateIdentifier String requestId, RequestSubmitted request,
                     Map<String, Integer> termsVersions) {

    SubmitRequest(String requestId, RequestSubmitted request) {
        this(requestId, request, Map.of());
    }
}
