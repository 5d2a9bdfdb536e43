package org.custodian.contracts.requests;

import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/**
 * A request went to review: who may vote, how many approvals it needs, by which {@link VotingRule}
 * (null in events recorded before rules were explicit: {@link VotingRule#DEFAULT}), and whether the
 * review is blinded. A blinded review never names the requester, so {@code researcherId} is then null.
 * A second assignment on the same {@code decisionId} re-assigns the open review (a steward chose the
 * panel, or a committee changed): the votes of reviewers who stay on the panel stand.
 */
public record ReviewAssigned(
        String requestId,
        String decisionId,
        List<String> datasets,
        List<String> reviewers,
        int approvalsRequired,
        boolean blinded,
        String researcherId,
        VotingRule voting) implements GovernanceEvent {

    /** An assignment under the default rule. */
    public ReviewAssigned(String requestId, String decisionId, List<String> datasets, List<String> reviewers,
                          int approvalsRequired, boolean blinded, String researcherId) {
        this(requestId, decisionId, datasets, reviewers, approvalsRequired, blinded, researcherId, VotingRule.DEFAULT);
    }

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
