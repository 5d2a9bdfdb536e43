package org.custodian.request.access;

import java.time.LocalDate;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccessRequestTest {

    private static final String ID = "req-00000000-0000-0000-0000-000000000001";
    private static final RequestSubmitted SUBMITTED = new RequestSubmitted(ID, "r-1", List.of("ds-trials"),
            new Purpose(List.of("DUO:0000007"), "MONDO:0005148", false, false, false, "HbA1c?"),
            List.of("hba1c"), 365, "DE", "secure_enclave", 0);
    private static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("hba1c"), false, false, null, false);
    private static final Reason NOT_PERMITTED = new Reason("purpose", "PURPOSE_NOT_PERMITTED", "ds-trials", "No.");

    private AggregateTestFixture<AccessRequest> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AccessRequest.class);
    }

    @Test
    void submittingRecordsTheRequest() {
        fixture.givenNoPriorActivity()
                .when(new SubmitRequest(ID, SUBMITTED))
                .expectEvents(SUBMITTED);
    }

    @Test
    void anAllowDecisionApprovesWithItsObligations() {
        Decision allow = new Decision(Outcome.ALLOW, List.of(), OBLIGATIONS, "sha256:1");
        fixture.given(SUBMITTED)
                .when(new RecordDecision(ID, "dec-1", allow))
                .expectEvents(new DecisionReceived(ID, "dec-1", allow),
                        new RequestApproved(ID, "r-1", List.of("ds-trials"), "dec-1", Outcome.ALLOW, OBLIGATIONS));
    }

    @Test
    void aDenyDecisionRejectsWithEveryReason() {
        Decision deny = new Decision(Outcome.DENY, List.of(NOT_PERMITTED), null, "sha256:1");
        fixture.given(SUBMITTED)
                .when(new RecordDecision(ID, "dec-1", deny))
                .expectEvents(new DecisionReceived(ID, "dec-1", deny), new RequestRejected(ID, "dec-1", List.of(NOT_PERMITTED)));
    }

    @Test
    void aReviewDecisionWaitsForReviewersWithoutApproving() {
        Decision review = new Decision(Outcome.REVIEW, List.of(), OBLIGATIONS, "sha256:1");
        fixture.given(SUBMITTED)
                .when(new RecordDecision(ID, "dec-1", review))
                .expectEvents(new DecisionReceived(ID, "dec-1", review));
    }

    @Test
    void theSameDecisionTwiceChangesNothing() {
        Decision allow = new Decision(Outcome.ALLOW, List.of(), OBLIGATIONS, "sha256:1");
        fixture.given(SUBMITTED, new DecisionReceived(ID, "dec-1", allow),
                        new RequestApproved(ID, "r-1", List.of("ds-trials"), "dec-1", Outcome.ALLOW, OBLIGATIONS))
                .when(new RecordDecision(ID, "dec-1", allow))
                .expectNoEvents();
    }

    @Test
    void aRejectedRequestIsNeverApprovedByALaterDecision() {
        Decision deny = new Decision(Outcome.DENY, List.of(NOT_PERMITTED), null, "sha256:1");
        Decision allow = new Decision(Outcome.ALLOW, List.of(), OBLIGATIONS, "sha256:2");
        fixture.given(SUBMITTED, new DecisionReceived(ID, "dec-1", deny), new RequestRejected(ID, "dec-1", List.of(NOT_PERMITTED)))
                .when(new RecordDecision(ID, "dec-2", allow))
                .expectNoEvents();
    }
}
