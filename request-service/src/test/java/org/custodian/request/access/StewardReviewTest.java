package org.custodian.request.access;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.Purpose;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewStewardDecided;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.contracts.requests.ReviewVoteCast;
import org.custodian.contracts.requests.VotingRule;
import org.custodian.request.access.ReviewCommands.CastVote;
import org.custodian.request.access.StewardCommands.AssignReviewers;
import org.custodian.request.access.StewardCommands.DecideAsSteward;
import org.custodian.request.review.Panel;
import org.custodian.request.review.Refusal;
import org.custodian.request.review.ReviewRefused;
import org.custodian.request.review.Verdict;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A review nobody on its panel can finish goes to the stewards (invariant 11): they choose reviewers,
 * or decide it themselves, recorded as a steward's decision; a re-assigned panel keeps the votes of
 * those who stay. And the committee's voting rule decides when the votes conclude.
 */
class StewardReviewTest {

    private static final String ID = "req-1";
    private static final String REQUESTER = "r-1";
    private static final RequestSubmitted SUBMITTED = new RequestSubmitted(ID, REQUESTER, List.of("ds-trials"),
            new Purpose(List.of("DUO:0000007"), "MONDO:0005148", false, false, false, "HbA1c?"),
            List.of("hba1c"), 365, "DE", "secure_enclave", 0);
    private static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("hba1c"), false, false, null, false);
    private static final Decision REVIEW = new Decision(Outcome.REVIEW, List.of(new Reason("transfer",
            "TRANSFER_REQUIRES_SAFEGUARDS", "ds-trials", "Safeguards needed.")), OBLIGATIONS, "sha256:1");
    private static final RequestApproved APPROVED = new RequestApproved(ID, REQUESTER, List.of("ds-trials"), "dec-1",
            Outcome.REVIEW, OBLIGATIONS);

    private AggregateTestFixture<AccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessRequest.class);
    }

    @Test
    void aStewardApprovesAReviewNobodyCouldVoteOn() {
        fixture.given(stalledWithNobody())
                .when(new DecideAsSteward(ID, "sam-steward", ReviewVote.APPROVE, "SCCs checked by hand."))
                .expectResultMessagePayload(Verdict.APPROVED)
                .expectEvents(new ReviewStewardDecided(ID, "dec-1", ReviewVote.APPROVE, "SCCs checked by hand."), APPROVED);
    }

    @Test
    void aStewardRejectsAStalledReviewWithTheirReason() {
        fixture.given(stalledWithNobody())
                .when(new DecideAsSteward(ID, "sam-steward", ReviewVote.REJECT, "No safeguards possible."))
                .expectEvents(new ReviewStewardDecided(ID, "dec-1", ReviewVote.REJECT, "No safeguards possible."),
                        new RequestRejected(ID, "dec-1", List.of(new Reason("review", AccessRequest.REVIEW_REJECTED, null,
                                "No safeguards possible."))));
    }

    @Test
    void aReviewWhoseDeadlinePassedIsTheStewardsToDecide() {
        fixture.given(underReview(List.of("rev-a", "rev-b"), 2, VotingRule.DEFAULT,
                        new ReviewStalled(ID, ReviewStalled.VOTE_DEADLINE_PASSED, 2, 2)))
                .when(new DecideAsSteward(ID, "sam-steward", ReviewVote.APPROVE, "Reviewers away; I decide."))
                .expectEvents(new ReviewStewardDecided(ID, "dec-1", ReviewVote.APPROVE, "Reviewers away; I decide."), APPROVED);
    }

    @Test
    void aReviewItsPanelCanStillFinishIsNotTheStewardsToDecide() {
        fixture.given(underReview(List.of("rev-a", "rev-b"), 2, VotingRule.DEFAULT))
                .when(new DecideAsSteward(ID, "sam-steward", ReviewVote.APPROVE, "Faster."))
                .expectException(refused(Refusal.REVIEW_NOT_STALLED))
                .expectNoEvents();
    }

    @Test
    void reviewersChosenByAStewardTakeOverAStalledReview() {
        fixture.given(stalledWithNobody())
                .when(new AssignReviewers(ID, new Panel(List.of("rev-x", "rev-y"), 2, false, false)))
                .expectEvents(assigned(List.of("rev-x", "rev-y"), 2, VotingRule.DEFAULT));
    }

    @Test
    void theRequesterIsNeverPutOnTheirOwnPanel() {
        fixture.given(stalledWithNobody())
                .when(new AssignReviewers(ID, new Panel(List.of("rev-x", REQUESTER), 2, false, false)))
                .expectEvents(assigned(List.of("rev-x"), 2, VotingRule.DEFAULT),
                        new ReviewStalled(ID, ReviewStalled.QUORUM_UNREACHABLE, 1, 2));
    }

    @Test
    void aReassignedPanelKeepsTheVotesOfThoseWhoStay() {
        fixture.given(underReview(List.of("rev-a", "rev-b"), 2, VotingRule.DEFAULT,
                        new ReviewVoteCast(ID, "rev-a", ReviewVote.APPROVE, "Fine."),
                        new ReviewStalled(ID, ReviewStalled.VOTE_DEADLINE_PASSED, 2, 2),
                        assigned(List.of("rev-a", "rev-c"), 2, VotingRule.DEFAULT)))
                .when(new CastVote(ID, "rev-c", ReviewVote.APPROVE, "Fine too."))
                .expectResultMessagePayload(Verdict.APPROVED)
                .expectEvents(new ReviewVoteCast(ID, "rev-c", ReviewVote.APPROVE, "Fine too."), APPROVED);
    }

    @Test
    void aReassignmentThatMeetsTheQuorumWithTheVotesCastApproves() {
        fixture.given(underReview(List.of("rev-a", "rev-b", "rev-c"), 3, VotingRule.DEFAULT,
                        new ReviewVoteCast(ID, "rev-a", ReviewVote.APPROVE, "Fine."),
                        new ReviewVoteCast(ID, "rev-b", ReviewVote.APPROVE, "Fine.")))
                .when(new AssignReviewers(ID, new Panel(List.of("rev-a", "rev-b"), 2, false, false)))
                .expectEvents(assigned(List.of("rev-a", "rev-b"), 2, VotingRule.DEFAULT), APPROVED);
    }

    @Test
    void theSamePanelAgainRecordsNothing() {
        fixture.given(underReview(List.of("rev-a", "rev-b"), 2, VotingRule.DEFAULT))
                .when(new AssignReviewers(ID, new Panel(List.of("rev-a", "rev-b"), 2, false, false)))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void underAMajorityOneRejectionDoesNotEndAThreeReviewerReview() {
        fixture.given(underReview(List.of("rev-a", "rev-b", "rev-c"), 2, VotingRule.MAJORITY))
                .when(new CastVote(ID, "rev-a", ReviewVote.REJECT, "Too broad."))
                .expectResultMessagePayload(Verdict.PENDING)
                .expectEvents(new ReviewVoteCast(ID, "rev-a", ReviewVote.REJECT, "Too broad."));
    }

    @Test
    void underAVetoOneRejectionEndsIt() {
        fixture.given(underReview(List.of("rev-a", "rev-b", "rev-c"), 2, VotingRule.QUORUM_WITH_VETO))
                .when(new CastVote(ID, "rev-a", ReviewVote.REJECT, "Too broad."))
                .expectResultMessagePayload(Verdict.REJECTED);
    }

    private static List<Object> stalledWithNobody() {
        return underReview(List.of(), 2, VotingRule.DEFAULT, new ReviewStalled(ID, ReviewStalled.NO_ELIGIBLE_REVIEWERS, 0, 2));
    }

    private static List<Object> underReview(List<String> reviewers, int approvals, VotingRule rule, Object... then) {
        List<Object> events = new ArrayList<>(List.of(SUBMITTED, new DecisionReceived(ID, "dec-1", REVIEW),
                assigned(reviewers, approvals, rule)));
        events.addAll(List.of(then));
        return events;
    }

    private static ReviewAssigned assigned(List<String> reviewers, int approvals, VotingRule rule) {
        return new ReviewAssigned(ID, "dec-1", List.of("ds-trials"), reviewers, approvals, false, REQUESTER, rule);
    }

    private static Matcher<ReviewRefused> refused(Refusal refusal) {
        return new FeatureMatcher<>(equalTo(refusal), "refused for", "refusal") {
            @Override
            protected Refusal featureValueOf(ReviewRefused actual) {
                return actual.refusal();
            }
        };
    }
}
