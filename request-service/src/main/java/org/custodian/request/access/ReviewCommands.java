package org.custodian.request.access;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.requests.ReviewVote;

/** What reviewers do to a request under review. */
final class ReviewCommands {

    private ReviewCommands() {
    }

    /** Cast a reviewer's one vote. */
    record CastVote(@TargetAggregateIdentifier String requestId, String reviewerId, ReviewVote vote, String reason) {
    }

    /** Recuse a reviewer who has a conflict of interest with the request. */
    record DeclareConflict(@TargetAggregateIdentifier String requestId, String reviewerId, String reason) {
    }
}
