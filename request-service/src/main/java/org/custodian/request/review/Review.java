package org.custodian.request.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewVote;

/**
 * One open review and its rules (plain Java, no framework): the requester never votes, only panel
 * members who are not recused vote, each once; {@code approvalsRequired} approvals approve, and any
 * rejection or request for changes ends the review at once.
 */
public record Review(List<String> panel, int approvalsRequired, boolean blinded, Set<String> recused,
                     Map<String, ReviewVote> votes) {

    public Review {
        panel = List.copyOf(panel);
        recused = Set.copyOf(recused);
        votes = Map.copyOf(votes);
    }

    public static Review opened(ReviewAssigned assigned) {
        return new Review(assigned.reviewers(), assigned.approvalsRequired(), assigned.blinded(), Set.of(), Map.of());
    }

    public void requireMayVote(String reviewerId, String requesterId) {
        requireMayTakePart(reviewerId, requesterId);
        if (recused.contains(reviewerId)) {
            throw new ReviewRefused(Refusal.RECUSED, "You declared a conflict of interest with this request.");
        }
        requireNotVoted(reviewerId);
    }

    public void requireMayRecuse(String reviewerId, String requesterId) {
        requireMayTakePart(reviewerId, requesterId);
        requireNotVoted(reviewerId);
    }

    public Review voted(String reviewerId, ReviewVote vote) {
        Map<String, ReviewVote> next = new HashMap<>(votes);
        next.put(reviewerId, vote);
        return new Review(panel, approvalsRequired, blinded, recused, next);
    }

    public Review recusing(String reviewerId) {
        Set<String> next = new HashSet<>(recused);
        next.add(reviewerId);
        return new Review(panel, approvalsRequired, blinded, next, votes);
    }

    public Verdict verdict() {
        if (votes.containsValue(ReviewVote.REJECT)) {
            return Verdict.REJECTED;
        }
        if (votes.containsValue(ReviewVote.REQUEST_CHANGES)) {
            return Verdict.CHANGES_REQUESTED;
        }
        return approvals() >= approvalsRequired ? Verdict.APPROVED : Verdict.PENDING;
    }

    public long approvals() {
        return votes.values().stream().filter(ReviewVote.APPROVE::equals).count();
    }

    /** Whether enough reviewers who may still vote remain for the quorum. */
    public boolean quorumReachable() {
        return panel.stream().filter(reviewer -> !recused.contains(reviewer)).count() >= approvalsRequired;
    }

    private void requireMayTakePart(String reviewerId, String requesterId) {
        if (reviewerId.equals(requesterId)) {
            throw new ReviewRefused(Refusal.OWN_REQUEST, "You cannot review your own request.");
        }
        if (!panel.contains(reviewerId)) {
            throw new ReviewRefused(Refusal.NOT_ON_PANEL, "You are not on this request's review panel.");
        }
    }

    private void requireNotVoted(String reviewerId) {
        if (votes.containsKey(reviewerId)) {
            throw new ReviewRefused(Refusal.ALREADY_VOTED,
                    "You already voted " + votes.get(reviewerId).wireName() + " on this request; a vote cannot be changed.");
        }
    }
}
