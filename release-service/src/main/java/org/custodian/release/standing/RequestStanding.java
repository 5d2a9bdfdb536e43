package org.custodian.release.standing;

import org.custodian.contracts.decisions.Outcome;

/**
 * The latest decision on a request and its latest review's quorum ({@code approvalsRequired} 0 when it
 * went to no review), with the decision that review was opened on ({@code reviewDecisionId}, null for
 * reviews recorded before it was kept) and the decision a steward approved in the panel's place
 * ({@code stewardApprovedDecisionId}, null if none); {@code decisionId} is null while only the review is known.
 */
public record RequestStanding(String requestId, String decisionId, Outcome outcome, int approvalsRequired, int approvals,
                              String reviewDecisionId, String stewardApprovedDecisionId) {

    public RequestStanding(String requestId, String decisionId, Outcome outcome, int approvalsRequired, int approvals,
                           String reviewDecisionId) {
        this(requestId, decisionId, outcome, approvalsRequired, approvals, reviewDecisionId, null);
    }

    public boolean decided() {
        return decisionId != null;
    }

    /**
     * Judged on the review of the latest decision: a review of an earlier version (sent back for
     * changes, then resubmitted) binds nothing, unless the latest decision itself asks for a review;
     * a steward's approval of the latest decision's stalled review stands for its quorum.
     */
    public boolean quorumMet() {
        if (reviewDecisionId != null && !reviewDecisionId.equals(decisionId)) {
            return outcome != Outcome.REVIEW;
        }
        return decisionId != null && decisionId.equals(stewardApprovedDecisionId) || approvals >= approvalsRequired;
    }
}
