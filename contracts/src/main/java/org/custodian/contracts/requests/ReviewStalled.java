package org.custodian.contracts.requests;

import org.custodian.contracts.GovernanceEvent;

/**
 * A review cannot go on without a steward: {@code NO_ELIGIBLE_REVIEWERS}, {@code QUORUM_UNREACHABLE}, or
 * {@code VOTE_DEADLINE_PASSED} before the quorum was reached.
 */
public record ReviewStalled(String requestId, String code, int eligibleReviewers, int approvalsRequired)
        implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
