package org.custodian.release.standing;

import org.custodian.contracts.decisions.Outcome;

/**
 * The latest decision on a request and its latest review's quorum ({@code approvalsRequired} 0 when it
 * went to no review), with the decision that review was opened on ({@code reviewDecisionId}, null for
 * reviews recorded before it was kept); {@code decisionId} is null while only the review is known.
 */
public record RequestStanding(String requestId, String decisionId, Outcome outcome, int approvalsRequired, int approvals,
                              String reviewDecisionId) {

    public boolean decided() {
        return decisionId != null;
    }

    /**
     * Judged on the review of the latest decision: a review of an earlier version (sent back for
     * changes, then resubmitted) binds nothing, unless the latest decision itself asks for a review.
     */
    public boolean quorumMet() {
        if (reviewDecisionId != null && !reviewDecisionId.equals(decisionId)) {
            return outcome != Outcome.REVIEW;
        }
        return approvals >= approvalsRequired;
    }
}
