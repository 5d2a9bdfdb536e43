package org.custodian.request.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.contracts.requests.VotingRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The three voting rules on a 2-of-3 panel: votes as a, r, c (approve, reject, request changes) in the
 * order cast, and what the review concludes after the last of them.
 */
class ReviewVotingTest {

    private static final List<String> PANEL = List.of("rev-1", "rev-2", "rev-3");

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
            "quorum_with_veto, a, PENDING",
            "quorum_with_veto, aa, APPROVED",
            "quorum_with_veto, r, REJECTED",
            "quorum_with_veto, c, CHANGES_REQUESTED",
            "quorum_with_veto, ac, CHANGES_REQUESTED",
            "majority, r, PENDING",
            "majority, c, PENDING",
            "majority, ra, PENDING",
            "majority, raa, APPROVED",
            "majority, ca, PENDING",
            "majority, rr, REJECTED",
            "majority, cc, CHANGES_REQUESTED",
            "majority, rca, CHANGES_REQUESTED",
            "majority, arc, CHANGES_REQUESTED",
            "unanimous, aa, PENDING",
            "unanimous, aaa, APPROVED",
            "unanimous, aar, REJECTED",
            "unanimous, c, CHANGES_REQUESTED"})
    void votesConcludeByTheRule(String rule, String votes, Verdict verdict) {
        Review review = open(VotingRule.fromWireName(rule));
        for (int i = 0; i < votes.length(); i++) {
            review = review.voted(PANEL.get(i), vote(votes.charAt(i)));
        }
        assertThat(review.verdict()).isEqualTo(verdict);
    }

    @Test
    void aRecusalShrinksTheMajorityButNeverBelowTheCommitteesQuorum() {
        Review review = open(VotingRule.MAJORITY).recusing("rev-3").voted("rev-1", ReviewVote.APPROVE);
        assertThat(review.approvalsNeeded()).isEqualTo(2);
        assertThat(review.verdict()).isEqualTo(Verdict.PENDING);
        assertThat(review.voted("rev-2", ReviewVote.APPROVE).verdict()).isEqualTo(Verdict.APPROVED);
    }

    @Test
    void unanimityIsOfTheReviewersWhoMayVote() {
        Review review = open(VotingRule.UNANIMOUS).recusing("rev-3");
        assertThat(review.approvalsNeeded()).isEqualTo(2);
        assertThat(review.voted("rev-1", ReviewVote.APPROVE).voted("rev-2", ReviewVote.APPROVE).verdict())
                .isEqualTo(Verdict.APPROVED);
    }

    @Test
    void aReviewRecordedBeforeRulesWereExplicitVotesWithAVeto() {
        Review review = Review.opened(new ReviewAssigned("req", "dec", List.of("ds"), PANEL, 2, false, "r-1", null));
        assertThat(review.voting()).isEqualTo(VotingRule.QUORUM_WITH_VETO);
        assertThat(review.voted("rev-1", ReviewVote.REJECT).verdict()).isEqualTo(Verdict.REJECTED);
    }

    @Test
    void aReassignmentOnTheSameDecisionKeepsTheVotesOfThoseWhoStay() {
        Review before = open(VotingRule.QUORUM_WITH_VETO).voted("rev-1", ReviewVote.APPROVE).voted("rev-2", ReviewVote.APPROVE);
        Review after = Review.after(before, new ReviewAssigned("req", "dec", List.of("ds"),
                List.of("rev-1", "rev-4", "rev-5"), 2, false, "r-1", VotingRule.QUORUM_WITH_VETO));
        assertThat(after.votes()).isEqualTo(Map.of("rev-1", ReviewVote.APPROVE));
        Review fresh = Review.after(before, new ReviewAssigned("req", "dec-2", List.of("ds"), PANEL, 2, false, "r-1"));
        assertThat(fresh.votes()).isEmpty();
        assertThat(fresh.recused()).isEqualTo(Set.of());
    }

    private static Review open(VotingRule rule) {
        return Review.opened(new ReviewAssigned("req", "dec", List.of("ds"), PANEL, 2, false, "r-1", rule));
    }

    private static ReviewVote vote(char code) {
        return switch (code) {
            case 'a' -> ReviewVote.APPROVE;
            case 'r' -> ReviewVote.REJECT;
            default -> ReviewVote.REQUEST_CHANGES;
        };
    }
}
