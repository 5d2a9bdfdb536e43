package org.custodian.request.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestChangesRequested;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestWithdrawn;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewConflictDeclared;
import org.custodian.contracts.requests.ReviewVoteCast;
import org.custodian.contracts.requests.VotingRule;
import org.custodian.request.review.Review;

/**
 * A request's review as readers see it: OPEN (its reviewers act), STALLED (its stewards must act;
 * {@code stalledReason} says why and {@code stewardActions} how) or CLOSED, with its voting rule, the
 * approvals it needs now, the panel, the recused and the approvals so far. In a blinded review the
 * requester sees no names and a reviewer only themself, so no one can tell who was left off the panel.
 */
record ReviewView(String status, String stalledReason, String owner, List<String> stewardActions, boolean blinded,
                  VotingRule voting, int approvalsRequired, int approvalsNeeded, long approvals,
                  List<String> reviewers, Set<String> recused) {

    /** What a steward may do about a stalled review, as the chat message to stewards says. */
    static List<String> stewardActions(String requestId) {
        return List.of("PUT /api/requests/" + requestId + "/review/panel",
                "POST /api/requests/" + requestId + "/review/steward-decision");
    }

    static Optional<ReviewView> of(List<RequestTimeline.Entry> timeline) {
        Review review = null;
        String requestId = null;
        String stalled = null;
        boolean closed = false;
        for (RequestTimeline.Entry entry : timeline) {
            Object data = entry.data();
            if (data instanceof ReviewAssigned assigned) {
                // A resubmitted version opens a fresh review round; a re-assignment keeps the votes that stay.
                review = Review.after(closed ? null : review, assigned);
                requestId = assigned.requestId();
                stalled = null;
                closed = false;
            } else if (review == null) {
                continue;
            } else if (data instanceof ReviewVoteCast vote) {
                review = review.voted(vote.reviewerId(), vote.vote());
            } else if (data instanceof ReviewConflictDeclared conflict) {
                review = review.recusing(conflict.reviewerId());
            } else if (data instanceof ReviewStalled stall) {
                stalled = stall.code();
            } else {
                closed = closed || data instanceof RequestApproved || data instanceof RequestRejected
                        || data instanceof RequestChangesRequested || data instanceof RequestWithdrawn;
            }
        }
        return review == null ? Optional.empty() : Optional.of(view(requestId, review, stalled, closed));
    }

    /** Counts without names: who sits on the panel and who recused are not shown. */
    ReviewView withoutNames() {
        return new ReviewView(status, stalledReason, owner, null, blinded, voting, approvalsRequired, approvalsNeeded,
                approvals, null, null);
    }

    /** The panel as one of its members sees it: themself, and whether they recused. */
    ReviewView seenBy(String reviewerId) {
        return new ReviewView(status, stalledReason, owner, null, blinded, voting, approvalsRequired, approvalsNeeded,
                approvals, reviewers.contains(reviewerId) ? List.of(reviewerId) : List.of(),
                recused.contains(reviewerId) ? Set.of(reviewerId) : Set.of());
    }

    private static ReviewView view(String requestId, Review review, String stalled, boolean closed) {
        String status = closed ? "CLOSED" : stalled != null ? "STALLED" : "OPEN";
        String owner = closed ? null : stalled != null ? "stewards" : "reviewers";
        return new ReviewView(status, closed ? null : stalled, owner, stalled != null && !closed
                ? stewardActions(requestId) : null, review.blinded(), review.voting(), review.approvalsRequired(),
                review.approvalsNeeded(), review.approvals(), review.panel(), review.recused());
    }
}
