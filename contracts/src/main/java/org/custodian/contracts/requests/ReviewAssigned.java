package org.custodian.contracts.requests;

import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/**
 * A request went to review: who may vote, how many approvals it needs, and whether the review is
 * blinded. A blinded review never names the requester, so {@code researcherId} is then null.
 */
public record ReviewAssigned(
        String requestId,
        String decisionId,
        List<String> datasets,
        List<String> reviewers,
        int approvalsRequired,
        boolean blinded,
        String researcherId) implements GovernanceEvent {

    public ReviewAssigned {
        datasets = List.copyOf(datasets);
        reviewers = List.copyOf(reviewers);
        if (blinded && researcherId != null) {
            throw new IllegalArgumentException("A blinded review does not name the requester");
        }
    }

    @Override
    public String subject() {
        return requestId;
    }
}
