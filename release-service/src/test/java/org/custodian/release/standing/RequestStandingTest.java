package org.custodian.release.standing;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.contracts.decisions.Outcome;
import org.junit.jupiter.api.Test;

/** The quorum is judged on the review of the latest decision, not on one of an earlier version. */
class RequestStandingTest {

    @Test
    void theReviewOfTheLatestDecisionNeedsItsQuorum() {
        assertThat(new RequestStanding("req", "dec-2", Outcome.REVIEW, 2, 1, "dec-2").quorumMet()).isFalse();
        assertThat(new RequestStanding("req", "dec-2", Outcome.REVIEW, 2, 2, "dec-2").quorumMet()).isTrue();
    }

    @Test
    void aReviewOfAnEarlierVersionDoesNotHoldBackALaterOneThatNeedsNoReview() {
        assertThat(new RequestStanding("req", "dec-2", Outcome.ALLOW, 2, 1, "dec-1").quorumMet()).isTrue();
    }

    @Test
    void aReviewOfAnEarlierVersionDoesNotApproveALaterOneThatNeedsAReview() {
        assertThat(new RequestStanding("req", "dec-2", Outcome.REVIEW, 1, 1, "dec-1").quorumMet()).isFalse();
    }

    @Test
    void aReviewRecordedBeforeItsDecisionWasKeptStillCounts() {
        assertThat(new RequestStanding("req", "dec-2", Outcome.REVIEW, 2, 1, null).quorumMet()).isFalse();
        assertThat(new RequestStanding("req", "dec-2", Outcome.ALLOW, 0, 0, null).quorumMet()).isTrue();
    }

    @Test
    void aStewardsApprovalOfTheLatestDecisionsStalledReviewStandsForItsQuorum() {
        assertThat(new RequestStanding("req", "dec-2", Outcome.REVIEW, 2, 0, "dec-2", "dec-2").quorumMet()).isTrue();
    }

    @Test
    void aStewardsApprovalOfAnEarlierVersionApprovesNothingLater() {
        assertThat(new RequestStanding("req", "dec-2", Outcome.REVIEW, 2, 0, "dec-2", "dec-1").quorumMet()).isFalse();
        assertThat(new RequestStanding("req", "dec-2", Outcome.REVIEW, 2, 0, "dec-1", "dec-1").quorumMet()).isFalse();
    }
}
