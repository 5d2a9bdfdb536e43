package org.custodian.request.manuscript;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.custodian.contracts.requests.ManuscriptOutcome;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.request.manuscript.ManuscriptCommands.DeemApproved;
import org.custodian.request.manuscript.ManuscriptCommands.ReviewManuscript;
import org.custodian.request.manuscript.ManuscriptCommands.SubmitManuscript;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManuscriptTest {

    private static final String ID = "ms-00000000-0000-0000-0000-000000000001";
    private static final String RESEARCHER = "r-1";
    private static final LocalDate DUE = LocalDate.parse("2027-03-31");
    private static final LocalDate MORATORIUM = LocalDate.parse("2027-06-01");

    private AggregateTestFixture<Manuscript> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Manuscript.class);
    }

    private static ManuscriptSubmitted submitted(String review) {
        return new ManuscriptSubmitted(ID, "rel-1", "req-1", RESEARCHER, List.of("ds-trials"), "HbA1c and drug X",
                "We found...", "NEJM", "sha256:" + "a".repeat(64), review,
                review.equals("approval") ? DUE : null, List.of("rev-a", "rev-b"));
    }

    private static ManuscriptReviewed reviewed(ManuscriptOutcome outcome, String reviewer, String comment) {
        return new ManuscriptReviewed(ID, "rel-1", RESEARCHER, outcome, reviewer, comment);
    }

    private static ReviewManuscript review(String reviewer, ManuscriptVerdict verdict, LocalDate today) {
        return new ReviewManuscript(ID, reviewer, verdict, "Reviewed.", today);
    }

    private static Matcher<Throwable> refusal(ManuscriptRefusal expected) {
        return new FeatureMatcher<>(org.hamcrest.Matchers.equalTo(expected), "refusal", "refusal") {
            @Override
            protected ManuscriptRefusal featureValueOf(Throwable actual) {
                return actual instanceof ManuscriptReviewRefused refused ? refused.refusal() : null;
            }
        };
    }

    @Test
    void submittingUnderApprovalRecordsTheManuscriptAndItsWindow() {
        fixture.givenNoPriorActivity()
                .when(new SubmitManuscript(ID, submitted("approval"), null))
                .expectEvents(submitted("approval"));
    }

    @Test
    void submittingUnderAMoratoriumRecordsIt() {
        fixture.givenNoPriorActivity()
                .when(new SubmitManuscript(ID, submitted("approval"), MORATORIUM))
                .expectEvents(submitted("approval"), new MoratoriumRecorded(ID, MORATORIUM));
    }

    @Test
    void submittingUnderNotifyIsAcknowledgedAtOnce() {
        fixture.givenNoPriorActivity()
                .when(new SubmitManuscript(ID, submitted("notify"), null))
                .expectEvents(submitted("notify"), reviewed(ManuscriptOutcome.ACKNOWLEDGED, null, Manuscript.ACKNOWLEDGED));
    }

    @Test
    void submittingUnderNoneRecordsOnlyTheSubmission() {
        fixture.givenNoPriorActivity()
                .when(new SubmitManuscript(ID, submitted("none"), null))
                .expectEvents(submitted("none"));
    }

    @Test
    void aReviewerOfThePanelApproves() {
        fixture.given(submitted("approval"))
                .when(review("rev-a", ManuscriptVerdict.APPROVE, DUE))
                .expectEvents(reviewed(ManuscriptOutcome.APPROVED, "rev-a", "Reviewed."))
                .expectResultMessagePayload(new ReviewResult(ID, "rev-a", ManuscriptOutcome.APPROVED, false));
    }

    @Test
    void aReviewerOfThePanelRequiresChanges() {
        fixture.given(submitted("approval"))
                .when(review("rev-b", ManuscriptVerdict.REQUIRE_CHANGES, DUE))
                .expectEvents(reviewed(ManuscriptOutcome.CHANGES_REQUIRED, "rev-b", "Reviewed."));
    }

    @Test
    void theSameReviewAgainIsAReplayAndRecordsNothing() {
        fixture.given(submitted("approval"), reviewed(ManuscriptOutcome.APPROVED, "rev-a", "Reviewed."))
                .when(review("rev-a", ManuscriptVerdict.APPROVE, DUE))
                .expectNoEvents()
                .expectResultMessagePayload(new ReviewResult(ID, "rev-a", ManuscriptOutcome.APPROVED, true));
    }

    @Test
    void aReviewerCannotChangeTheirReview() {
        fixture.given(submitted("approval"), reviewed(ManuscriptOutcome.APPROVED, "rev-a", "Reviewed."))
                .when(review("rev-a", ManuscriptVerdict.REQUIRE_CHANGES, DUE))
                .expectNoEvents()
                .expectException(refusal(ManuscriptRefusal.ALREADY_REVIEWED));
    }

    @Test
    void anotherReviewerCannotReviewAnEndedReview() {
        fixture.given(submitted("approval"), reviewed(ManuscriptOutcome.APPROVED, "rev-a", "Reviewed."))
                .when(review("rev-b", ManuscriptVerdict.REQUIRE_CHANGES, DUE))
                .expectNoEvents()
                .expectException(refusal(ManuscriptRefusal.REVIEW_CLOSED));
    }

    @Test
    void theResearcherCannotReviewTheirOwnManuscript() {
        fixture.given(submitted("approval"))
                .when(review(RESEARCHER, ManuscriptVerdict.APPROVE, DUE))
                .expectNoEvents()
                .expectException(refusal(ManuscriptRefusal.OWN_MANUSCRIPT));
    }

    @Test
    void aReviewerOffThePanelIsRefused() {
        fixture.given(submitted("approval"))
                .when(review("rev-z", ManuscriptVerdict.APPROVE, DUE))
                .expectNoEvents()
                .expectException(refusal(ManuscriptRefusal.NOT_A_REVIEWER));
    }

    @Test
    void underNotifyReviewersHaveNoDecisionRights() {
        fixture.given(submitted("notify"), reviewed(ManuscriptOutcome.ACKNOWLEDGED, null, Manuscript.ACKNOWLEDGED))
                .when(review("rev-a", ManuscriptVerdict.APPROVE, DUE))
                .expectNoEvents()
                .expectException(refusal(ManuscriptRefusal.NO_DECISION_RIGHTS));
    }

    @Test
    void underNoneThereIsNothingToReview() {
        fixture.given(submitted("none"))
                .when(review("rev-a", ManuscriptVerdict.REQUIRE_CHANGES, DUE))
                .expectNoEvents()
                .expectException(refusal(ManuscriptRefusal.NO_REVIEW_REQUIRED));
    }

    @Test
    void aMoratoriumRefusesApprovalBeforeItsDate() {
        fixture.given(submitted("approval"), new MoratoriumRecorded(ID, MORATORIUM))
                .when(review("rev-a", ManuscriptVerdict.APPROVE, MORATORIUM.minusDays(1)))
                .expectNoEvents()
                .expectException(refusal(ManuscriptRefusal.MORATORIUM_IN_FORCE));
    }

    @Test
    void aMoratoriumAllowsApprovalOnItsDate() {
        fixture.given(submitted("approval"), new MoratoriumRecorded(ID, MORATORIUM))
                .when(review("rev-a", ManuscriptVerdict.APPROVE, MORATORIUM))
                .expectEvents(reviewed(ManuscriptOutcome.APPROVED, "rev-a", "Reviewed."));
    }

    @Test
    void aMoratoriumDoesNotStopRequiringChanges() {
        fixture.given(submitted("approval"), new MoratoriumRecorded(ID, MORATORIUM))
                .when(review("rev-a", ManuscriptVerdict.REQUIRE_CHANGES, MORATORIUM.minusDays(30)))
                .expectEvents(reviewed(ManuscriptOutcome.CHANGES_REQUIRED, "rev-a", "Reviewed."));
    }

    @Test
    void silencePastTheWindowIsDeemedApproval() {
        fixture.given(submitted("approval"))
                .when(new DeemApproved(ID, DUE.plusDays(1)))
                .expectEvents(reviewed(ManuscriptOutcome.DEEMED_APPROVED, null,
                        "No review by " + DUE + "; approved by the agreed window."));
    }

    @Test
    void noDeemedApprovalWhileTheWindowIsOpen() {
        fixture.given(submitted("approval"))
                .when(new DeemApproved(ID, DUE))
                .expectNoEvents()
                .expectException(refusal(ManuscriptRefusal.WINDOW_OPEN));
    }

    @Test
    void deemedApprovalWaitsForTheMoratorium() {
        fixture.given(submitted("approval"), new MoratoriumRecorded(ID, MORATORIUM))
                .when(new DeemApproved(ID, DUE.plusDays(1)))
                .expectNoEvents()
                .expectException(refusal(ManuscriptRefusal.MORATORIUM_IN_FORCE));
    }

    @Test
    void deemedApprovalAfterTheMoratorium() {
        fixture.given(submitted("approval"), new MoratoriumRecorded(ID, MORATORIUM))
                .when(new DeemApproved(ID, MORATORIUM))
                .expectEvents(reviewed(ManuscriptOutcome.DEEMED_APPROVED, null,
                        "No review by " + DUE + "; approved by the agreed window."));
    }

    @Test
    void aReviewedManuscriptIsNotDeemedApproved() {
        fixture.given(submitted("approval"), reviewed(ManuscriptOutcome.CHANGES_REQUIRED, "rev-a", "Reviewed."))
                .when(new DeemApproved(ID, DUE.plusDays(5)))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aReviewAfterDeemedApprovalIsRefused() {
        fixture.given(submitted("approval"), reviewed(ManuscriptOutcome.DEEMED_APPROVED, null, "Silence."))
                .when(review("rev-a", ManuscriptVerdict.REQUIRE_CHANGES, DUE.plusDays(2)))
                .expectNoEvents()
                .expectException(refusal(ManuscriptRefusal.REVIEW_CLOSED));
    }
}
