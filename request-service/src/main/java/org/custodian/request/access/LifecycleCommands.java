package org.custodian.request.access;

import java.util.Map;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.requests.RequestSubmitted;

/** What a researcher does to their own request after submitting it. */
final class LifecycleCommands {

    private LifecycleCommands() {
    }

    /** Withdraw the request before it is approved or rejected. */
    record WithdrawRequest(@TargetAggregateIdentifier String requestId, String researcherId, String reason) {
    }

    /** Submit an amended request as the next version, with the terms versions of its datasets now. */
    record ResubmitRequest(@TargetAggregateIdentifier String requestId, String researcherId, RequestSubmitted request,
                           Map<String, Integer> termsVersions) {
    }
}
