package org.custodian.request.manuscript;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.custodian.contracts.requests.ManuscriptOutcome;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.request.manuscript.ManuscriptCommands.DecideManuscriptAsSteward;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A manuscript needing approval with nobody to review it is the stewards' to decide, recorded as theirs. */
class ManuscriptStewardTest {

    private static final String ID = "ms-00000000-0000-0000-0000-000000000002";
    private static final LocalDate TODAY = LocalDate.parse("2027-03-01");

    private AggregateTestFixture<Manuscript> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Manuscript.class);
    }

    @Test
    void aStewardApprovesAManuscriptNoReviewerCouldDecide() {
        fixture.given(submitted(List.of()))
                .when(new DecideManuscriptAsSteward(ID, "sam-steward", ManuscriptVerdict.APPROVE, "Checked.", TODAY))
                .expectEvents(new ManuscriptStewardDecided(ID, "sam-steward"), new ManuscriptReviewed(ID, "rel-1", "r-1",
                        ManuscriptOutcome.APPROVED, "sam-steward", "Checked."));
    }

    @Test
    void aManuscriptWithReviewersIsTheirsToDecide() {
        fixture.given(submitted(List.of("rev-a")))
                .when(new DecideManuscriptAsSteward(ID, "sam-steward", ManuscriptVerdict.APPROVE, "Faster.", TODAY))
                .expectException(refusal(ManuscriptRefusal.REVIEWERS_CAN_ACT))
                .expectNoEvents();
    }

    @Test
    void aDecidedManuscriptIsNotDecidedAgain() {
        fixture.given(submitted(List.of()), new ManuscriptStewardDecided(ID, "sam-steward"),
                        new ManuscriptReviewed(ID, "rel-1", "r-1", ManuscriptOutcome.APPROVED, "sam-steward", "Checked."))
                .when(new DecideManuscriptAsSteward(ID, "sue-steward", ManuscriptVerdict.REQUIRE_CHANGES, "No.", TODAY))
                .expectException(refusal(ManuscriptRefusal.REVIEW_CLOSED))
                .expectNoEvents();
    }

    private static ManuscriptSubmitted submitted(List<String> reviewers) {
        return new ManuscriptSubmitted(ID, "rel-1", "req-1", "r-1", List.of("ds-trials"), "HbA1c and drug X",
                "We found...", "NEJM", "sha256:" + "a".repeat(64), "approval", LocalDate.parse("2027-03-31"), reviewers);
    }

    private static Matcher<Throwable> refusal(ManuscriptRefusal expected) {
        return new FeatureMatcher<>(org.hamcrest.Matchers.equalTo(expected), "refusal", "refusal") {
            @Override
            protected ManuscriptRefusal featureValueOf(Throwable actual) {
                return actual instanceof ManuscriptReviewRefused refused ? refused.refusal() : null;
            }
        };
    }
}
