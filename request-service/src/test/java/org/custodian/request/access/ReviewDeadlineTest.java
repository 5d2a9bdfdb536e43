package org.custodian.request.access;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.requests.Purpose;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.contracts.requests.ReviewVoteCast;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A passed vote deadline stalls an open review for stewards, once, and nothing else. */
class ReviewDeadlineTest {

    private static final String ID = "req-00000000-0000-0000-0000-000000000002";
    private static final RequestSubmitted SUBMITTED = new RequestSubmitted(ID, "r-1", List.of("ds-trials"),
            new Purpose(List.of("DUO:0000007"), "MONDO:0005148", false, false, false, "HbA1c?"),
            List.of("hba1c"), 365, "DE", "secure_enclave", 0);
    private static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("hba1c"), false, false, null, false);
    private static final Decision REVIEW = new Decision(Outcome.REVIEW, List.of(), OBLIGATIONS, "sha256:1");
    private static final DecisionReceived DECIDED = new DecisionReceived(ID, "dec-1", REVIEW);
    private static final ReviewAssigned ASSIGNED = new ReviewAssigned(ID, "dec-1", List.of("ds-trials"),
            List.of("rev-a", "rev-b", "rev-c"), 2, true, null);

    private AggregateTestFixture<AccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessRequest.class);
    }

    @Test
    void anOpenReviewPastItsDeadlineIsMarkedStalled() {
        fixture.given(SUBMITTED, DECIDED, ASSIGNED, new ReviewVoteCast(ID, "rev-a", ReviewVote.APPROVE, "ok"))
                .when(new MarkReviewOverdue(ID))
                .expectEvents(new ReviewStalled(ID, ReviewStalled.VOTE_DEADLINE_PASSED, 3, 2))
                .expectResultMessagePayload(true);
    }

    @Test
    void aDeadlineFiresOnce() {
        fixture.given(SUBMITTED, DECIDED, ASSIGNED, new ReviewStalled(ID, ReviewStalled.VOTE_DEADLINE_PASSED, 3, 2))
                .when(new MarkReviewOverdue(ID))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aNewReviewRoundHasItsOwnDeadline() {
        fixture.given(SUBMITTED, DECIDED, ASSIGNED, new ReviewStalled(ID, ReviewStalled.VOTE_DEADLINE_PASSED, 3, 2), ASSIGNED)
                .when(new MarkReviewOverdue(ID))
                .expectEvents(new ReviewStalled(ID, ReviewStalled.VOTE_DEADLINE_PASSED, 3, 2))
                .expectResultMessagePayload(true);
    }

    @Test
    void aClosedReviewHasNoDeadline() {
        fixture.given(SUBMITTED, DECIDED, ASSIGNED,
                        new RequestApproved(ID, "r-1", List.of("ds-trials"), "dec-1", Outcome.REVIEW, OBLIGATIONS))
                .when(new MarkReviewOverdue(ID))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void aStalledReviewCanStillBeApprovedAfterTheDeadline() {
        fixture.given(SUBMITTED, DECIDED, ASSIGNED, new ReviewVoteCast(ID, "rev-a", ReviewVote.APPROVE, "ok"),
                        new ReviewStalled(ID, ReviewStalled.VOTE_DEADLINE_PASSED, 3, 2))
                .when(new ReviewCommands.CastVote(ID, "rev-b", ReviewVote.APPROVE, "late but fine"))
                .expectEvents(new ReviewVoteCast(ID, "rev-b", ReviewVote.APPROVE, "late but fine"),
                        new RequestApproved(ID, "r-1", List.of("ds-trials"), "dec-1", Outcome.REVIEW, OBLIGATIONS));
    }
}
