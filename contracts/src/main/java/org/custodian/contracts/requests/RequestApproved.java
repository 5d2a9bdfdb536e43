package org.custodian.contracts.requests;

import java.util.List;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;

/** A request was approved, carrying the decision it rests on and the obligations of the release. */
public record RequestApproved(
        String requestId,
        String researcherId,
        List<String> datasets,
        String decisionId,
        Outcome decisionOutcome,
        Obligations obligations) implements GovernanceEvent {

    public RequestApproved {
        datasets = List.copyOf(datasets);
    }

    @Override
    public String subject() {
        return requestId;
    }
}
