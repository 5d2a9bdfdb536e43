package org.custodian.request.access;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.request.review.Panel;

/** What stewards (or a committee change they made) do to a request under review. */
final class StewardCommands {

    private StewardCommands() {
    }

    /** Put the open review before this panel; votes of reviewers who stay on it stand. */
    record AssignReviewers(@TargetAggregateIdentifier String requestId, Panel panel) {
    }

    /** Decide a stalled review in place of its panel. */
    record DecideAsSteward(@TargetAggregateIdentifier String requestId, String stewardId, ReviewVote decision,
                           String reason) {
    }
}
