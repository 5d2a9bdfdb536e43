package org.custodian.policy.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestDecisionsTest {

    private static final String REQUEST = "req-1";
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("age_band", "hba1c"), false, false, null, false);
    private static final Decision ALLOW = new Decision(Outcome.ALLOW, List.of(), OBLIGATIONS, "sha256:1");
    private static final Decision DENY = new Decision(Outcome.DENY, List.of(
            new Reason("purpose", "PURPOSE_NOT_PERMITTED", "ds-trials", "Health research only."),
            new Reason("credentials", "DSA_NOT_SIGNED", null, "No signed agreement.")), OBLIGATIONS, "sha256:1");

    private AggregateTestFixture<RequestDecisions> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RequestDecisions.class);
    }

    @Test
    void aSubmittedRequestIsDecidedAtTheTimeItWasJudged() {
        fixture.givenNoPriorActivity()
                .when(new MakeDecision(REQUEST, "dec-1", NOW, ALLOW))
                .expectEvents(new DecisionMade("dec-1", REQUEST, NOW, ALLOW));
    }

    @Test
    void aDenialKeepsEveryReason() {
        fixture.givenNoPriorActivity()
                .when(new MakeDecision(REQUEST, "dec-1", NOW, DENY))
                .expectEvents(new DecisionMade("dec-1", REQUEST, NOW, DENY));
    }

    @Test
    void aDecidedSubmissionIsNotDecidedAgain() {
        fixture.given(new DecisionMade("dec-1", REQUEST, NOW, DENY))
                .when(new MakeDecision(REQUEST, "dec-1", NOW, ALLOW))
                .expectNoEvents();
    }

    @Test
    void anAmendedResubmissionIsDecidedAnew() {
        fixture.given(new DecisionMade("dec-1", REQUEST, NOW, DENY))
                .when(new MakeDecision(REQUEST, "dec-2", NOW.plusSeconds(3600), ALLOW))
                .expectEvents(new DecisionMade("dec-2", REQUEST, NOW.plusSeconds(3600), ALLOW));
    }

    @Test
    void aReEvaluationAfterAResubmissionStartsFromTheResubmissionsOutcome() {
        fixture.given(new DecisionMade("dec-1", REQUEST, NOW, DENY), new DecisionMade("dec-2", REQUEST, NOW, ALLOW))
                .when(new ReEvaluateDecision(REQUEST, "dec-3", NOW, DENY, "terms", "evt-9"))
                .expectEvents(new DecisionReEvaluated("dec-3", REQUEST, NOW, Outcome.ALLOW, DENY, "terms", "evt-9"));
    }

    @Test
    void aSubmissionEventNamesOneDecisionAndAnotherEventAnother() {
        org.assertj.core.api.Assertions.assertThat(SubmissionIntake.decisionId("evt-1"))
                .isEqualTo(SubmissionIntake.decisionId("evt-1"))
                .isNotEqualTo(SubmissionIntake.decisionId("evt-2"));
    }

    @Test
    void aDecidedRequestIsJudgedAgainWithItsPreviousOutcome() {
        fixture.given(new DecisionMade("dec-1", REQUEST, NOW, ALLOW))
                .when(new ReEvaluateDecision(REQUEST, "dec-2", NOW.plusSeconds(60), DENY, "terms", "evt-7"))
                .expectEvents(new DecisionReEvaluated("dec-2", REQUEST, NOW.plusSeconds(60), Outcome.ALLOW, DENY, "terms", "evt-7"));
    }

    @Test
    void theSameCauseIsNotJudgedTwice() {
        fixture.given(new DecisionMade("dec-1", REQUEST, NOW, ALLOW),
                        new DecisionReEvaluated("dec-2", REQUEST, NOW, Outcome.ALLOW, DENY, "terms", "evt-7"))
                .when(new ReEvaluateDecision(REQUEST, "dec-3", NOW, DENY, "terms", "evt-7"))
                .expectNoEvents();
    }

    @Test
    void aLaterReEvaluationStartsFromTheLatestOutcome() {
        fixture.given(new DecisionMade("dec-1", REQUEST, NOW, ALLOW),
                        new DecisionReEvaluated("dec-2", REQUEST, NOW, Outcome.ALLOW, DENY, "terms", "evt-7"))
                .when(new ReEvaluateDecision(REQUEST, "dec-3", NOW, ALLOW, "terms", "evt-8"))
                .expectEvents(new DecisionReEvaluated("dec-3", REQUEST, NOW, Outcome.DENY, ALLOW, "terms", "evt-8"));
    }
}
