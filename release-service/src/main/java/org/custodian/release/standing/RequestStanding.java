package org.custodian.release.standing;

import org.custodian.contracts.decisions.Outcome;

/**
 * The latest decision on a request and its review quorum ({@code approvalsRequired} 0 when it went
 * to no review); {@code decisionId} is null while only the review is known.
 */
public record RequestStanding(String requestId, String decisionId, Outcome outcome, int approvalsRequired, int approvals) {

    public boolean decided() {
        return decisionId != null;
    }

    public boolean quorumMet() {
        return approvals >= approvalsRequired;
    }
}
