package org.custodian.release.release;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.requests.RequestApproved;

/** Release the datasets of an approved request under the obligations of its decision. */
record IssueRelease(
        @TargetAggregateIdentifier String releaseId,
        String requestId,
        String researcherId,
        List<String> datasets,
        Outcome decisionOutcome,
        Obligations obligations) {

    static IssueRelease forApproval(RequestApproved approval) {
        return new IssueRelease(ReleaseId.forRequest(approval.requestId()).value(), approval.requestId(),
                approval.researcherId(), approval.datasets(), approval.decisionOutcome(), approval.obligations());
    }
}
