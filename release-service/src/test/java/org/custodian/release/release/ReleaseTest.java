package org.custodian.release.release;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.ReleaseIssued;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReleaseTest {

    private static final String REQUEST = "req-00000000-0000-0000-0000-000000000001";
    private static final String RELEASE = ReleaseId.forRequest(REQUEST).value();
    private static final LocalDate ERASE_BY = LocalDate.parse("2027-11-22");
    private static final Obligations OBLIGATIONS = new Obligations(ERASE_BY, "secure_enclave", "approval",
            List.of("age_band", "hba1c"), false, false, null, false);
    private static final ReleaseIssued ISSUED = new ReleaseIssued(RELEASE, REQUEST, "r-1", List.of("ds-trials"),
            ERASE_BY, OBLIGATIONS);

    private AggregateTestFixture<Release> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Release.class);
    }

    @Test
    void anAllowedApprovalIsReleasedToBeErasedByTheObligationsDate() {
        fixture.givenNoPriorActivity()
                .when(issue(Outcome.ALLOW, OBLIGATIONS))
                .expectEvents(ISSUED);
    }

    @Test
    void anApprovalAfterAReviewDecisionIsReleasedToo() {
        fixture.givenNoPriorActivity()
                .when(issue(Outcome.REVIEW, OBLIGATIONS))
                .expectEvents(ISSUED);
    }

    @Test
    void anApprovalResultingFromADenyDecisionIsRefused() {
        fixture.givenNoPriorActivity()
                .when(issue(Outcome.DENY, OBLIGATIONS))
                .expectNoEvents()
                .expectException(refusedFor(RefusalReason.DECISION_DENIED));
    }

    @Test
    void anApprovalWithoutADecisionOutcomeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(issue(null, OBLIGATIONS))
                .expectNoEvents()
                .expectException(refusedFor(RefusalReason.DECISION_MISSING));
    }

    @Test
    void anApprovalWithoutObligationsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(issue(Outcome.ALLOW, null))
                .expectNoEvents()
                .expectException(refusedFor(RefusalReason.OBLIGATIONS_MISSING));
    }

    @Test
    void anApprovalWithoutAnEraseByDateIsRefused() {
        Obligations noEraseBy = new Obligations(null, "secure_enclave", "approval", List.of("hba1c"), false, false,
                null, false);

        fixture.givenNoPriorActivity()
                .when(issue(Outcome.ALLOW, noEraseBy))
                .expectNoEvents()
                .expectException(refusedFor(RefusalReason.ERASE_BY_MISSING));
    }

    @Test
    void aSecondApprovalOfTheSameRequestIsRefused() {
        fixture.given(ISSUED)
                .when(issue(Outcome.ALLOW, OBLIGATIONS))
                .expectNoEvents()
                .expectException(refusedFor(RefusalReason.ALREADY_ISSUED));
    }

    private static IssueRelease issue(Outcome outcome, Obligations obligations) {
        return new IssueRelease(RELEASE, REQUEST, "r-1", List.of("ds-trials"), outcome, obligations);
    }

    private static Matcher<ReleaseRefusal> refusedFor(RefusalReason reason) {
        return new CustomTypeSafeMatcher<>("a release refusal for " + reason) {
            @Override
            protected boolean matchesSafely(ReleaseRefusal refusal) {
                return refusal.reason() == reason;
            }
        };
    }
}
