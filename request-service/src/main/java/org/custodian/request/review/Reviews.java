package org.custodian.request.review;

import org.custodian.contracts.requests.ReviewVote;
import org.custodian.support.security.Caller;

/**
 * What reviewers do, whichever door they come through (HTTP now, chat-ops later). Each method
 * records one event or throws {@link ReviewRefused} and records nothing.
 */
public interface Reviews {

    /** Casts the reviewer's one vote on a request and returns what the review now concludes. */
    Verdict vote(String requestId, String reviewerId, ReviewVote vote, String reason);

    /** Whether the caller may see the request at all; one who may not is told it does not exist. */
    boolean visibleTo(String requestId, Caller caller);

    /** Recuses the reviewer from a request's review for a conflict of interest. */
    void declareConflict(String requestId, String reviewerId, String reason);
}
