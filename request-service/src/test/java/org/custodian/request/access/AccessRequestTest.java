package org.custodian.request.access;

import static org.hamcrest.Matchers.equalTo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.Purpose;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestChangesRequested;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.RequestWithdrawn;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewConflictDeclared;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.contracts.requests.ReviewVoteCast;
import org.custodian.request.access.LifecycleCommands.ResubmitRequest;
import org.custodian.request.access.LifecycleCommands.WithdrawRequest;
import org.custodian.request.access.ReviewCommands.CastVote;
import org.custodian.request.access.ReviewCommands.DeclareConflict;
import org.custodian.request.review.Panel;
import org.custodian.request.review.Refusal;
import org.custodian.request.review.ReviewRefused;
import org.custodian.request.review.Verdict;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessRequestTest {

    private static final String ID = "req-00000000-0000-0000-0000-000000000001";
    private static final String REQUESTER = "r-1";
    private static final RequestSubmitted SUBMITTED = new RequestSubmitted(ID, REQUESTER, List.of("ds-trials"),
            new Purpose(List.of("DUO:0000007"), "MONDO:0005148", false, false, false, "HbA1c?"),
            List.of("hba1c"), 365, "DE", "secure_enclave", 0);
    private static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("hba1c"), false, false, null, false);
    private static final Reason NOT_PERMITTED = new Reason("purpose", "PURPOSE_NOT_PERMITTED", "ds-trials", "No.");
    private static final Decision ALLOW = new Decision(Outcome.ALLOW, List.of(), OBLIGATIONS, "sha256:1");
    private static final Decision DENY = new Decision(Outcome.DENY, List.of(NOT_PERMITTED), null, "sha256:1");
    private static final Decision REVIEW = new Decision(Outcome.REVIEW, List.of(new Reason("review",
            "COMMITTEE_REVIEW_REQUIRED", "ds-trials", "Committee review.")), OBLIGATIONS, "sha256:1");
    private static final Panel PANEL = new Panel(List.of("rev-a", "rev-b", "rev-c"), 2, true, false);

    private AggregateTestFixture<AccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessRequest.class);
    }

    @Test
    void submittingRecordsTheRequest() {
        fixture.givenNoPriorActivity()
                .when(new SubmitRequest(ID, SUBMITTED, Map.of("ds-trials", 3)))
                .expectEvents(SUBMITTED, new VersionSubmitted(ID, 1, Map.of("ds-trials", 3)));
    }

    @Test
    void theRequesterWithdrawsASubmittedRequest() {
        fixture.given(SUBMITTED)
                .when(new WithdrawRequest(ID, REQUESTER, "Answered elsewhere."))
                .expectEvents(new RequestWithdrawn(ID, "Answered elsewhere."));
    }

    @Test
    void aRequestUnderReviewOrSentBackMayBeWithdrawn() {
        fixture.given(SUBMITTED, new DecisionReceived(ID, "dec-1", REVIEW), assigned(List.of("rev-a", "rev-b")),
                        new RequestChangesRequested(ID, "dec-1", "Fewer fields."))
                .when(new WithdrawRequest(ID, REQUESTER, null))
                .expectEvents(new RequestWithdrawn(ID, null));
    }

    @Test
    void withdrawingTwiceIsRefused() {
        fixture.given(SUBMITTED, new RequestWithdrawn(ID, null))
                .when(new WithdrawRequest(ID, REQUESTER, null))
                .expectException(refused(RequestRefused.ALREADY_WITHDRAWN))
                .expectNoEvents();
    }

    @Test
    void anApprovedRequestCannotBeWithdrawn() {
        fixture.given(SUBMITTED, new DecisionReceived(ID, "dec-1", ALLOW),
                        new RequestApproved(ID, REQUESTER, List.of("ds-trials"), "dec-1", Outcome.ALLOW, OBLIGATIONS))
                .when(new WithdrawRequest(ID, REQUESTER, null))
                .expectException(refused(RequestRefused.ALREADY_DECIDED))
                .expectNoEvents();
    }

    @Test
    void onlyTheRequesterWithdraws() {
        fixture.given(SUBMITTED)
                .when(new WithdrawRequest(ID, "r-2", null))
                .expectException(refused(RequestRefused.NOT_OWN_REQUEST))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnRequestIsNeverApprovedByALaterDecision() {
        fixture.given(SUBMITTED, new RequestWithdrawn(ID, null))
                .when(new RecordDecision(ID, "dec-1", ALLOW, PANEL))
                .expectNoEvents();
    }

    @Test
    void noVoteIsCastOnAWithdrawnRequest() {
        fixture.given(SUBMITTED, new DecisionReceived(ID, "dec-1", REVIEW), assigned(List.of("rev-a", "rev-b", "rev-c")),
                        new RequestWithdrawn(ID, null))
                .when(new CastVote(ID, "rev-a", ReviewVote.APPROVE, "Fine."))
                .expectException(ReviewRefused.class)
                .expectNoEvents();
    }

    @Test
    void anAmendedRequestIsResubmittedAsTheNextVersion() {
        RequestSubmitted amended = new RequestSubmitted(ID, REQUESTER, List.of("ds-trials"), SUBMITTED.purpose(),
                List.of("age_band"), 180, "DE", "secure_enclave", 0);
        fixture.given(SUBMITTED, new VersionSubmitted(ID, 1, Map.of("ds-trials", 1)),
                        new DecisionReceived(ID, "dec-1", REVIEW), assigned(List.of("rev-a", "rev-b")),
                        new RequestChangesRequested(ID, "dec-1", "Fewer fields."))
                .when(new ResubmitRequest(ID, REQUESTER, amended, Map.of("ds-trials", 2)))
                .expectEvents(amended, new VersionSubmitted(ID, 2, Map.of("ds-trials", 2)))
                .expectResultMessagePayload(2);
    }

    @Test
    void aResubmittedVersionIsJudgedAfreshAndMayBeApproved() {
        fixture.given(SUBMITTED, new DecisionReceived(ID, "dec-1", REVIEW), assigned(List.of("rev-a", "rev-b")),
                        new RequestChangesRequested(ID, "dec-1", "Fewer fields."), SUBMITTED)
                .when(new RecordDecision(ID, "dec-2", ALLOW, Panel.none()))
                .expectEvents(new DecisionReceived(ID, "dec-2", ALLOW),
                        new RequestApproved(ID, REQUESTER, List.of("ds-trials"), "dec-2", Outcome.ALLOW, OBLIGATIONS));
    }

    @Test
    void onlyARequestSentBackForChangesIsResubmitted() {
        fixture.given(SUBMITTED)
                .when(new ResubmitRequest(ID, REQUESTER, SUBMITTED, Map.of()))
                .expectException(refused(RequestRefused.NOT_AWAITING_CHANGES))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnRequestIsNotResubmitted() {
        fixture.given(SUBMITTED, new DecisionReceived(ID, "dec-1", REVIEW), assigned(List.of("rev-a", "rev-b")),
                        new RequestChangesRequested(ID, "dec-1", "Fewer fields."), new RequestWithdrawn(ID, null))
                .when(new ResubmitRequest(ID, REQUESTER, SUBMITTED, Map.of()))
                .expectException(refused(RequestRefused.ALREADY_WITHDRAWN))
                .expectNoEvents();
    }

    @Test
    void onlyTheRequesterResubmits() {
        fixture.given(SUBMITTED, new DecisionReceived(ID, "dec-1", REVIEW), assigned(List.of("rev-a", "rev-b")),
                        new RequestChangesRequested(ID, "dec-1", "Fewer fields."))
                .when(new ResubmitRequest(ID, "r-2", SUBMITTED, Map.of()))
                .expectException(refused(RequestRefused.NOT_OWN_REQUEST))
                .expectNoEvents();
    }

    private static Matcher<RequestRefused> refused(String code) {
        return new FeatureMatcher<>(equalTo(code), "refusal code", "code") {
            @Override
            protected String featureValueOf(RequestRefused actual) {
                return actual.code();
            }
        };
    }

    @Test
    void anAllowDecisionApprovesWithItsObligations() {
        fixture.given(SUBMITTED)
                .when(new RecordDecision(ID, "dec-1", ALLOW, PANEL))
                .expectEvents(new DecisionReceived(ID, "dec-1", ALLOW),
                        new RequestApproved(ID, REQUESTER, List.of("ds-trials"), "dec-1", Outcome.ALLOW, OBLIGATIONS));
    }

    @Test
    void aDenyDecisionRejectsWithEveryReason() {
        fixture.given(SUBMITTED)
                .when(new RecordDecision(ID, "dec-1", DENY, PANEL))
                .expectEvents(new DecisionReceived(ID, "dec-1", DENY), new RequestRejected(ID, "dec-1", List.of(NOT_PERMITTED)));
    }

    @Test
    void theSameDecisionTwiceChangesNothing() {
        fixture.given(SUBMITTED, new DecisionReceived(ID, "dec-1", ALLOW),
                        new RequestApproved(ID, REQUESTER, List.of("ds-trials"), "dec-1", Outcome.ALLOW, OBLIGATIONS))
                .when(new RecordDecision(ID, "dec-1", ALLOW, PANEL))
                .expectNoEvents();
    }

    @Test
    void aRejectedRequestIsNeverApprovedByALaterDecision() {
        fixture.given(SUBMITTED, new DecisionReceived(ID, "dec-1", DENY), new RequestRejected(ID, "dec-1", List.of(NOT_PERMITTED)))
                .when(new RecordDecision(ID, "dec-2", ALLOW, PANEL))
                .expectNoEvents();
    }

    @Test
    void aReviewDecisionAssignsThePanelWithoutApproving() {
        fixture.given(SUBMITTED)
                .when(new RecordDecision(ID, "dec-1", REVIEW, PANEL))
                .expectEvents(new DecisionReceived(ID, "dec-1", REVIEW), assigned(List.of("rev-a", "rev-b", "rev-c")));
    }

    @Test
    void aBlindedReviewDoesNotNameTheRequesterButAnOpenOneDoes() {
        Panel open = new Panel(List.of("rev-a", "rev-b"), 2, false, false);
        fixture.given(SUBMITTED)
                .when(new RecordDecision(ID, "dec-1", REVIEW, open))
                .expectEvents(new DecisionReceived(ID, "dec-1", REVIEW), new ReviewAssigned(ID, "dec-1",
                        List.of("ds-trials"), List.of("rev-a", "rev-b"), 2, false, REQUESTER));
    }

    @Test
    void anAllowDecisionOnADatasetThatRequiresCommitteeReviewGoesToReview() {
        Panel required = new Panel(List.of("rev-a", "rev-b", "rev-c"), 2, true, true);
        fixture.given(SUBMITTED)
                .when(new RecordDecision(ID, "dec-1", ALLOW, required))
                .expectEvents(new DecisionReceived(ID, "dec-1", ALLOW), new ReviewAssigned(ID, "dec-1",
                        List.of("ds-trials"), List.of("rev-a", "rev-b", "rev-c"), 2, true, null));
    }

    @Test
    void theRequesterNeverSitsOnThePanel() {
        Panel withRequester = new Panel(List.of("rev-a", REQUESTER, "rev-b"), 2, true, false);
        fixture.given(SUBMITTED)
                .when(new RecordDecision(ID, "dec-1", REVIEW, withRequester))
                .expectEvents(new DecisionReceived(ID, "dec-1", REVIEW), assigned(List.of("rev-a", "rev-b")));
    }

    @Test
    void aReviewerWhoDeclaredAConflictBeforehandIsLeftOff() {
        fixture.given(SUBMITTED, new ReviewConflictDeclared(ID, "rev-b", "My student."))
                .when(new RecordDecision(ID, "dec-1", REVIEW, PANEL))
                .expectEvents(new DecisionReceived(ID, "dec-1", REVIEW), assigned(List.of("rev-a", "rev-c")));
    }

    @Test
    void withNoEligibleReviewerTheReviewStallsVisibly() {
        fixture.given(SUBMITTED)
                .when(new RecordDecision(ID, "dec-1", REVIEW, Panel.none()))
                .expectEvents(new DecisionReceived(ID, "dec-1", REVIEW),
                        new ReviewAssigned(ID, "dec-1", List.of("ds-trials"), List.of(), 2, false, REQUESTER),
                        new ReviewStalled(ID, ReviewStalled.NO_ELIGIBLE_REVIEWERS, 0, 2));
    }

    @Test
    void withFewerReviewersThanTheQuorumTheReviewStalls() {
        fixture.given(SUBMITTED)
                .when(new RecordDecision(ID, "dec-1", REVIEW, new Panel(List.of("rev-a"), 2, true, false)))
                .expectEvents(new DecisionReceived(ID, "dec-1", REVIEW), assigned(List.of("rev-a")),
                        new ReviewStalled(ID, ReviewStalled.QUORUM_UNREACHABLE, 1, 2));
    }

    @Test
    void aFirstApprovalWaitsForTheQuorum() {
        fixture.given(underReview())
                .when(new CastVote(ID, "rev-a", ReviewVote.APPROVE, "Sound."))
                .expectResultMessagePayload(Verdict.PENDING)
                .expectEvents(new ReviewVoteCast(ID, "rev-a", ReviewVote.APPROVE, "Sound."));
    }

    @Test
    void theQuorumApprovesWithTheDecisionsObligations() {
        fixture.given(underReview(new ReviewVoteCast(ID, "rev-a", ReviewVote.APPROVE, "Sound.")))
                .when(new CastVote(ID, "rev-b", ReviewVote.APPROVE, "Agreed."))
                .expectResultMessagePayload(Verdict.APPROVED)
                .expectEvents(new ReviewVoteCast(ID, "rev-b", ReviewVote.APPROVE, "Agreed."),
                        new RequestApproved(ID, REQUESTER, List.of("ds-trials"), "dec-1", Outcome.REVIEW, OBLIGATIONS));
    }

    @Test
    void anyRejectionRejectsWithReviewRejected() {
        fixture.given(underReview(new ReviewVoteCast(ID, "rev-a", ReviewVote.APPROVE, "Sound.")))
                .when(new CastVote(ID, "rev-b", ReviewVote.REJECT, "Re-identification risk."))
                .expectResultMessagePayload(Verdict.REJECTED)
                .expectEvents(new ReviewVoteCast(ID, "rev-b", ReviewVote.REJECT, "Re-identification risk."),
                        new RequestRejected(ID, "dec-1", List.of(new Reason("review", "REVIEW_REJECTED", null,
                                "Re-identification risk."))));
    }

    @Test
    void askingForChangesSendsTheRequestBack() {
        fixture.given(underReview())
                .when(new CastVote(ID, "rev-c", ReviewVote.REQUEST_CHANGES, "Drop the region field."))
                .expectResultMessagePayload(Verdict.CHANGES_REQUESTED)
                .expectEvents(new ReviewVoteCast(ID, "rev-c", ReviewVote.REQUEST_CHANGES, "Drop the region field."),
                        new RequestChangesRequested(ID, "dec-1", "Drop the region field."));
    }

    @Test
    void theRequesterCannotVoteOnTheirOwnRequest() {
        fixture.given(underReview())
                .when(new CastVote(ID, REQUESTER, ReviewVote.APPROVE, "Mine."))
                .expectException(refused(Refusal.OWN_REQUEST))
                .expectNoEvents();
    }

    @Test
    void aReviewerOffThePanelCannotVote() {
        fixture.given(underReview())
                .when(new CastVote(ID, "rev-z", ReviewVote.APPROVE, "Fine."))
                .expectException(refused(Refusal.NOT_ON_PANEL))
                .expectNoEvents();
    }

    @Test
    void aRecusedReviewerCannotVote() {
        fixture.given(underReview(new ReviewConflictDeclared(ID, "rev-a", "My co-author.")))
                .when(new CastVote(ID, "rev-a", ReviewVote.APPROVE, "Fine."))
                .expectException(refused(Refusal.RECUSED))
                .expectNoEvents();
    }

    @Test
    void aReviewerVotesOnlyOnce() {
        fixture.given(underReview(new ReviewVoteCast(ID, "rev-a", ReviewVote.APPROVE, "Sound.")))
                .when(new CastVote(ID, "rev-a", ReviewVote.REJECT, "Changed my mind."))
                .expectException(refused(Refusal.ALREADY_VOTED))
                .expectNoEvents();
    }

    @Test
    void noApprovalWhileTheLatestDecisionIsDeny() {
        fixture.given(underReview(new ReviewVoteCast(ID, "rev-a", ReviewVote.APPROVE, "Sound."),
                        new DecisionReceived(ID, "dec-2", DENY)))
                .when(new CastVote(ID, "rev-b", ReviewVote.APPROVE, "Agreed."))
                .expectException(refused(Refusal.DECISION_DENIED))
                .expectNoEvents();
    }

    @Test
    void aDenyDuringReviewRejectsAndEndsTheReview() {
        fixture.given(underReview(new ReviewVoteCast(ID, "rev-a", ReviewVote.APPROVE, "Sound.")))
                .when(new RecordDecision(ID, "dec-2", DENY, PANEL))
                .expectEvents(new DecisionReceived(ID, "dec-2", DENY), new RequestRejected(ID, "dec-2", List.of(NOT_PERMITTED)));
    }

    @Test
    void aVoteAfterTheRequestWasRejectedIsRefused() {
        fixture.given(underReview(new DecisionReceived(ID, "dec-2", DENY), new RequestRejected(ID, "dec-2", List.of(NOT_PERMITTED))))
                .when(new CastVote(ID, "rev-b", ReviewVote.APPROVE, "Agreed."))
                .expectException(refused(Refusal.REVIEW_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void aLaterAllowDoesNotBypassThePanel() {
        fixture.given(underReview())
                .when(new RecordDecision(ID, "dec-2", ALLOW, PANEL))
                .expectEvents(new DecisionReceived(ID, "dec-2", ALLOW));
    }

    @Test
    void thereIsNothingToVoteOnBeforeAReviewOpens() {
        fixture.given(SUBMITTED)
                .when(new CastVote(ID, "rev-a", ReviewVote.APPROVE, "Early."))
                .expectException(refused(Refusal.REVIEW_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void votingEndsOnceChangesWereRequested() {
        fixture.given(underReview(new ReviewVoteCast(ID, "rev-c", ReviewVote.REQUEST_CHANGES, "Drop region."),
                        new RequestChangesRequested(ID, "dec-1", "Drop region.")))
                .when(new CastVote(ID, "rev-a", ReviewVote.APPROVE, "Fine."))
                .expectException(refused(Refusal.REVIEW_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void declaringAConflictRecusesTheReviewer() {
        fixture.given(underReview())
                .when(new DeclareConflict(ID, "rev-a", "My co-author."))
                .expectEvents(new ReviewConflictDeclared(ID, "rev-a", "My co-author."));
    }

    @Test
    void aRecusalThatLeavesTooFewReviewersStallsTheReview() {
        fixture.given(underReview(new ReviewConflictDeclared(ID, "rev-a", "My co-author.")))
                .when(new DeclareConflict(ID, "rev-b", "My student."))
                .expectEvents(new ReviewConflictDeclared(ID, "rev-b", "My student."),
                        new ReviewStalled(ID, ReviewStalled.QUORUM_UNREACHABLE, 1, 2));
    }

    @Test
    void theRequesterCannotDeclareAConflict() {
        fixture.given(SUBMITTED)
                .when(new DeclareConflict(ID, REQUESTER, "Me."))
                .expectException(refused(Refusal.OWN_REQUEST))
                .expectNoEvents();
    }

    @Test
    void aReviewerOffThePanelHasNothingToStepBackFrom() {
        fixture.given(underReview())
                .when(new DeclareConflict(ID, "rev-z", "Colleague."))
                .expectException(refused(Refusal.NOT_ON_PANEL))
                .expectNoEvents();
    }

    @Test
    void aConflictIsDeclaredOnce() {
        fixture.given(underReview(new ReviewConflictDeclared(ID, "rev-a", "My co-author.")))
                .when(new DeclareConflict(ID, "rev-a", "Again."))
                .expectException(refused(Refusal.CONFLICT_ALREADY_DECLARED))
                .expectNoEvents();
    }

    @Test
    void aVoteCastCannotBeRecusedAfterwards() {
        fixture.given(underReview(new ReviewVoteCast(ID, "rev-a", ReviewVote.APPROVE, "Sound.")))
                .when(new DeclareConflict(ID, "rev-a", "Oops."))
                .expectException(refused(Refusal.ALREADY_VOTED))
                .expectNoEvents();
    }

    private static ReviewAssigned assigned(List<String> reviewers) {
        return new ReviewAssigned(ID, "dec-1", List.of("ds-trials"), reviewers, 2, true, null);
    }

    private static List<Object> underReview(Object... then) {
        List<Object> events = new java.util.ArrayList<>(List.of(SUBMITTED, new DecisionReceived(ID, "dec-1", REVIEW),
                assigned(List.of("rev-a", "rev-b", "rev-c"))));
        events.addAll(List.of(then));
        return events;
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
