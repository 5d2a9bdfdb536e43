package org.custodian.request.review;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.contracts.requests.VotingRule;

/**
 * One open review and its rules (plain Java, no framework): the requester never votes, only panel
 * members who are not recused vote, each once; the {@link VotingRule} says when the votes conclude,
 * never with fewer than {@code approvalsRequired} approvals. {@code decisionId} is the decision the
 * review was opened on: a re-assignment on the same decision keeps the votes of those who stay.
 */
public record Review(String decisionId, List<String> panel, int approvalsRequired, VotingRule voting, boolean blinded,
                     Set<String> recused, Map<String, ReviewVote> votes) {

    public Review {
        panel = List.copyOf(panel);
        voting = VotingRule.orDefault(voting);
        recused = Set.copyOf(recused);
        votes = Map.copyOf(votes);
    }

    public static Review opened(ReviewAssigned assigned) {
        return new Review(assigned.decisionId(), assigned.reviewers(), assigned.approvalsRequired(), assigned.voting(),
                assigned.blinded(), Set.of(), Map.of());
    }

    /** The review after {@code assigned}: a fresh one, or this one re-assigned when on the same decision. */
    public static Review after(Review previous, ReviewAssigned assigned) {
        Review next = opened(assigned);
        if (previous == null || !assigned.decisionId().equals(previous.decisionId())) {
            return next;
        }
        Map<String, ReviewVote> staying = previous.votes.entrySet().stream()
                .filter(vote -> next.panel.contains(vote.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        return new Review(next.decisionId, next.panel, next.approvalsRequired, next.voting, next.blinded,
                previous.recused, staying);
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
        return new Review(decisionId, panel, approvalsRequired, voting, blinded, recused, next);
    }

    public Review recusing(String reviewerId) {
        Set<String> next = new HashSet<>(recused);
        next.add(reviewerId);
        return new Review(decisionId, panel, approvalsRequired, voting, blinded, next, votes);
    }

    public Verdict verdict() {
        long against = count(ReviewVote.REJECT) + count(ReviewVote.REQUEST_CHANGES);
        if (against > 0 && voting.vetoes()) {
            return against();
        }
        int needed = approvalsNeeded();
        if (approvals() >= needed) {
            return Verdict.APPROVED;
        }
        return against > 0 && approvals() + awaiting() < needed ? against() : Verdict.PENDING;
    }

    public long approvals() {
        return count(ReviewVote.APPROVE);
    }

    /** The approvals that approve under the rule, with the reviewers who may vote now. */
    public int approvalsNeeded() {
        return voting.approvalsNeeded(approvalsRequired, eligible());
    }

    /** Whether enough reviewers who may still vote remain for the quorum. */
    public boolean quorumReachable() {
        return eligible() >= approvalsRequired;
    }

    /** Reviewers who may vote: the panel minus those recused. */
    public int eligible() {
        return (int) panel.stream().filter(reviewer -> !recused.contains(reviewer)).count();
    }

    private long awaiting() {
        return panel.stream().filter(reviewer -> !recused.contains(reviewer) && !votes.containsKey(reviewer)).count();
    }

    private Verdict against() {
        return count(ReviewVote.REJECT) > count(ReviewVote.REQUEST_CHANGES) ? Verdict.REJECTED : Verdict.CHANGES_REQUESTED;
    }

    private long count(ReviewVote kind) {
        return votes.values().stream().filter(kind::equals).count();
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
