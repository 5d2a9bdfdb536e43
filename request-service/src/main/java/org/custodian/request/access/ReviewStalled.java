package org.custodian.request.access;

import org.axonframework.serialization.Revision;

/**
 * A review cannot reach its quorum: {@code NO_ELIGIBLE_REVIEWERS} or {@code QUORUM_UNREACHABLE}; or its
 * vote deadline passed before the quorum was reached: {@code VOTE_DEADLINE_PASSED}.
 * Kept for the steward, who sees it on the request; published as {@code review.stalled} by {@link StalledReviewAnnouncer}.
 */
@Revision("1")
record ReviewStalled(String requestId, String code, int eligibleReviewers, int approvalsRequired) {

    static final String NO_ELIGIBLE_REVIEWERS = "NO_ELIGIBLE_REVIEWERS";
    static final String QUORUM_UNREACHABLE = "QUORUM_UNREACHABLE";
    static final String VOTE_DEADLINE_PASSED = "VOTE_DEADLINE_PASSED";
}
