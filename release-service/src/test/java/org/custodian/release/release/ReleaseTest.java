package org.custodian.release.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.Access;
import org.custodian.contracts.releases.DeliveryMade;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ErasureDue;
import org.custodian.contracts.releases.ErasureEvidenceRequested;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ErasureRequestCertified;
import org.custodian.contracts.releases.ErasureRequested;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.custodian.contracts.releases.ReleaseEraseByShortened;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.releases.ReleaseFlagResolved;
import org.custodian.contracts.releases.ReleaseFlagged;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseRevoked;
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
    private static final Instant EXPIRES = Instant.parse("2027-11-22T00:00:00Z");
    private static final ReleaseIssued ISSUED = new ReleaseIssued(RELEASE, REQUEST, "r-1", List.of("ds-trials"),
            ERASE_BY, OBLIGATIONS);

    private AggregateTestFixture<Release> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Release.class);
    }

    @Test
    void aFlaggedReleaseIsKeptOrRevokedByAStewardOnce() {
        Instant at = Instant.parse("2027-05-04T09:00:00Z");
        ReleaseFlagged flagged = new ReleaseFlagged(RELEASE, REQUEST, "r-1", "deny", "evt-1", at);
        fixture.given(ISSUED).when(new FlagRelease(RELEASE, "deny", "evt-1", at)).expectEvents(flagged);
        fixture.given(ISSUED, flagged).when(new FlagRelease(RELEASE, "deny", "evt-2", at)).expectNoEvents();
        fixture.given(ISSUED, flagged).when(new ResolveFlag(RELEASE, false, "keep it", at))
                .expectEvents(new ReleaseFlagResolved(RELEASE, REQUEST, "keep", "keep it", at));
        fixture.given(ISSUED, flagged).when(new ResolveFlag(RELEASE, true, "end it", at))
                .expectEvents(new ReleaseFlagResolved(RELEASE, REQUEST, "revoke", "end it", at),
                        new ReleaseRevoked(RELEASE, REQUEST, "end it", at));
        fixture.given(ISSUED, flagged, new ReleaseFlagResolved(RELEASE, REQUEST, "keep", "keep it", at))
                .when(new ResolveFlag(RELEASE, true, "again", at))
                .expectNoEvents().expectException(ReleaseRuleBroken.class);
    }

    @Test
    void anEraseByDateIsOnlyEverBroughtForwardWhileTheDataIsHeld() {
        LocalDate earlier = LocalDate.parse("2027-06-10");
        Instant at = Instant.parse("2026-12-28T10:00:00Z");
        ReleaseEraseByShortened shortened = new ReleaseEraseByShortened(RELEASE, REQUEST, "r-1", ERASE_BY, earlier,
                "retention", "evt-1", at);
        fixture.given(ISSUED).when(new ShortenEraseBy(RELEASE, earlier, "retention", "evt-1", at)).expectEvents(shortened);
        fixture.given(ISSUED).when(new ShortenEraseBy(RELEASE, ERASE_BY, "same", "evt-2", at)).expectNoEvents();
        fixture.given(ISSUED, shortened).when(new ShortenEraseBy(RELEASE, ERASE_BY.minusDays(1), "later", "evt-3", at))
                .expectNoEvents();
        fixture.given(ISSUED, new ReleaseRevoked(RELEASE, REQUEST, "gone", at))
                .when(new ShortenEraseBy(RELEASE, earlier, "retention", "evt-4", at)).expectNoEvents();
    }

    @Test
    void aShortenedReleaseExpiresOnItsNewEraseByDate() {
        ReleaseEraseByShortened shortened = new ReleaseEraseByShortened(RELEASE, REQUEST, "r-1", ERASE_BY,
                LocalDate.parse("2027-06-10"), "retention", "evt-1", Instant.parse("2026-12-28T10:00:00Z"));
        Access late = access("r-1", "2027-06-10T00:00:00Z");

        fixture.given(ISSUED, shortened)
                .when(recordAccess("a-9", late))
                .expectEvents(new ReleaseAccessViolated(RELEASE, REQUEST, "a-9", late, List.of("EXPIRED")));
    }

    @Test
    void deliveriesAreMadeOncePerDueTimeOnlyWhileLiveAndBeforeExpiry() {
        Instant april = Instant.parse("2027-04-01T00:00:00Z");
        DeliveryMade first = new DeliveryMade(RELEASE, REQUEST, "r-1", List.of("ds-trials"), 1, april, april);
        fixture.given(ISSUED)
                .when(new MakeDelivery(RELEASE, april, april))
                .expectEvents(first);
        fixture.given(ISSUED, first)
                .when(new MakeDelivery(RELEASE, april, april.plusSeconds(5)))
                .expectNoEvents();
        fixture.given(ISSUED, first)
                .when(new MakeDelivery(RELEASE, april.plusSeconds(86_400 * 30), april.plusSeconds(86_400 * 30)))
                .expectEvents(new DeliveryMade(RELEASE, REQUEST, "r-1", List.of("ds-trials"), 2, april.plusSeconds(86_400 * 30),
                        april.plusSeconds(86_400 * 30)));
        fixture.given(ISSUED)
                .when(new MakeDelivery(RELEASE, EXPIRES, EXPIRES))
                .expectNoEvents();
        fixture.given(ISSUED, new ReleaseRevoked(RELEASE, REQUEST, "ended", april.minusSeconds(60)))
                .when(new MakeDelivery(RELEASE, april, april))
                .expectNoEvents();
    }

    @Test
    void anErasureRequestIsRecordedOnceForAReleasedDatasetAndCertifiedOnceByItsResearcher() {
        Instant at = Instant.parse("2027-05-02T10:00:00Z");
        ErasureRequested requested = new ErasureRequested(RELEASE, REQUEST, "r-1", "era-1", "ds-trials", null,
                List.of("subj-1"), "consent.withdrawn", "evt-1", at);
        fixture.given(ISSUED)
                .when(new RequestSubjectErasure(RELEASE, "era-1", "ds-trials", null, List.of("subj-1"), "consent.withdrawn", "evt-1", at))
                .expectEvents(requested);
        fixture.given(ISSUED, requested)
                .when(new RequestSubjectErasure(RELEASE, "era-1", "ds-trials", null, List.of("subj-1"), "consent.withdrawn", "evt-1", at))
                .expectNoEvents();
        fixture.given(ISSUED)
                .when(new RequestSubjectErasure(RELEASE, "era-2", "ds-other", null, List.of(), "consent.withdrawn", "evt-2", at))
                .expectNoEvents();
        CertifyErasureRequest certify = new CertifyErasureRequest(RELEASE, "r-1", "era-1", "subj-1 rows", "row deletion",
                LocalDate.parse("2027-05-03"), "gone", at.plusSeconds(86_400));
        ErasureRequestCertified certified = new ErasureRequestCertified(RELEASE, REQUEST, "r-1", "era-1", "subj-1 rows",
                "row deletion", LocalDate.parse("2027-05-03"), "gone", at.plusSeconds(86_400));
        fixture.given(ISSUED, requested).when(certify).expectEvents(certified);
        fixture.given(ISSUED, requested, certified).when(certify).expectNoEvents()
                .expectException(ReleaseRuleBroken.class);
        fixture.given(ISSUED).when(certify).expectNoEvents().expectException(ReleaseRuleBroken.class);
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

    @Test
    void anAccessByTheResearcherToAReleasedFieldBeforeExpiryIsRecorded() {
        fixture.given(ISSUED)
                .when(recordAccess("a-1", access("r-1", "2027-01-10T00:00:00Z")))
                .expectEvents(new ReleaseAccessed(RELEASE, REQUEST, "a-1", access("r-1", "2027-01-10T00:00:00Z")))
                .expectResultMessagePayload(List.of(List.of()));
    }

    @Test
    void severalAccessesInOneCommandAreEachJudgedAndRecordedInOrder() {
        Access allowed = access("r-1", "2027-01-10T00:00:00Z");
        Access foreign = access("r-2", "2027-01-10T00:00:01Z");

        fixture.given(ISSUED)
                .when(new RecordAccesses(RELEASE, List.of(new RecordAccesses.Reported("a-1", allowed),
                        new RecordAccesses.Reported("a-2", foreign), new RecordAccesses.Reported("a-3", allowed))))
                .expectEvents(new ReleaseAccessed(RELEASE, REQUEST, "a-1", allowed),
                        new ReleaseAccessViolated(RELEASE, REQUEST, "a-2", foreign, List.of("WRONG_RESEARCHER")),
                        new ReleaseAccessed(RELEASE, REQUEST, "a-3", allowed))
                .expectResultMessagePayload(List.of(List.of(), List.of("WRONG_RESEARCHER"), List.of()));
    }

    @Test
    void anAccessFromTheStartOfTheEraseByDayIsAViolation() {
        Access late = access("r-1", "2027-11-22T00:00:00Z");

        fixture.given(ISSUED)
                .when(recordAccess("a-2", late))
                .expectEvents(new ReleaseAccessViolated(RELEASE, REQUEST, "a-2", late, List.of("EXPIRED")));
    }

    @Test
    void anAccessByAnotherResearcherToAnotherDatasetIsAViolationNamingBoth() {
        Access foreign = new Access("r-2", "ds-other", List.of("age_band"), null, null, null, Instant.parse("2027-01-10T00:00:00Z"));

        fixture.given(ISSUED)
                .when(recordAccess("a-3", foreign))
                .expectEvents(new ReleaseAccessViolated(RELEASE, REQUEST, "a-3", foreign,
                        List.of("WRONG_RESEARCHER", "DATASET_NOT_RELEASED")));
    }

    @Test
    void anAccessToFieldsOutsideTheReleaseIsAViolation() {
        Access extra = new Access("r-1", "ds-trials", List.of("hba1c", "postcode"), 1L, null, null,
                Instant.parse("2027-01-10T00:00:00Z"));

        fixture.given(ISSUED)
                .when(recordAccess("a-4", extra))
                .expectEvents(new ReleaseAccessViolated(RELEASE, REQUEST, "a-4", extra, List.of("FIELDS_NOT_RELEASED")));
    }

    @Test
    void anAccessAfterRevocationIsAViolationButOneBeforeItIsNot() {
        ReleaseRevoked revoked = new ReleaseRevoked(RELEASE, REQUEST, "consent withdrawn", Instant.parse("2027-02-01T00:00:00Z"));

        fixture.given(ISSUED, revoked)
                .when(recordAccess("a-5", access("r-1", "2027-02-01T00:00:01Z")))
                .expectEvents(new ReleaseAccessViolated(RELEASE, REQUEST, "a-5", access("r-1", "2027-02-01T00:00:01Z"),
                        List.of("REVOKED")));
        fixture.given(ISSUED, revoked)
                .when(recordAccess("a-6", access("r-1", "2027-01-31T23:59:59Z")))
                .expectEvents(new ReleaseAccessed(RELEASE, REQUEST, "a-6", access("r-1", "2027-01-31T23:59:59Z")));
    }

    @Test
    void anAccessAfterTheDataWasCertifiedErasedIsAViolation() {
        // erased on 2 May, certified on 10 May: from the end of 2 May the data should be gone
        ErasureCertified certified = new ErasureCertified(RELEASE, REQUEST, "r-1", "all copies", "wipe",
                LocalDate.parse("2027-05-02"), "Erased.", Instant.parse("2027-05-10T09:00:00Z"));

        fixture.given(ISSUED, certified)
                .when(recordAccess("a-7", access("r-1", "2027-05-11T00:00:00Z")))
                .expectEvents(new ReleaseAccessViolated(RELEASE, REQUEST, "a-7", access("r-1", "2027-05-11T00:00:00Z"),
                        List.of("ERASED")));
        fixture.given(ISSUED, certified)
                .when(recordAccess("a-8", access("r-1", "2027-05-03T00:00:00Z")))
                .expectEvents(new ReleaseAccessViolated(RELEASE, REQUEST, "a-8", access("r-1", "2027-05-03T00:00:00Z"),
                        List.of("ERASED")));
        fixture.given(ISSUED, certified)
                .when(recordAccess("a-9", access("r-1", "2027-05-02T12:00:00Z")))
                .expectEvents(new ReleaseAccessed(RELEASE, REQUEST, "a-9", access("r-1", "2027-05-02T12:00:00Z")));
    }

    @Test
    void aReleaseExpiresOnceAndARevokedOneNotAtAll() {
        ReleaseExpired expired = new ReleaseExpired(RELEASE, REQUEST, EXPIRES);
        fixture.given(ISSUED).when(new ExpireRelease(RELEASE, EXPIRES)).expectEvents(expired);
        fixture.given(ISSUED, expired).when(new ExpireRelease(RELEASE, EXPIRES)).expectNoEvents();
        fixture.given(ISSUED, new ReleaseRevoked(RELEASE, REQUEST, "r", EXPIRES.minusSeconds(60)))
                .when(new ExpireRelease(RELEASE, EXPIRES)).expectNoEvents();
    }

    @Test
    void aRevokedOrExpiredReleaseCannotBeRevoked() {
        ReleaseRevoked revoked = new ReleaseRevoked(RELEASE, REQUEST, "r", EXPIRES.minusSeconds(60));
        fixture.given(ISSUED).when(new RevokeRelease(RELEASE, "r", EXPIRES.minusSeconds(60))).expectEvents(revoked);
        fixture.given(ISSUED, revoked).when(new RevokeRelease(RELEASE, "again", EXPIRES))
                .expectNoEvents().expectException(broken(ReleaseRuleBroken.ALREADY_REVOKED));
        fixture.given(ISSUED, new ReleaseExpired(RELEASE, REQUEST, EXPIRES)).when(new RevokeRelease(RELEASE, "late", EXPIRES))
                .expectNoEvents().expectException(broken(ReleaseRuleBroken.RELEASE_EXPIRED));
    }

    @Test
    void erasureIsRemindedThenDueThenOverdueEachOnce() {
        ErasureDue reminder = new ErasureDue(RELEASE, REQUEST, "r-1", ERASE_BY, true);
        ErasureDue due = new ErasureDue(RELEASE, REQUEST, "r-1", ERASE_BY, false);
        ErasureOverdue overdue = new ErasureOverdue(RELEASE, REQUEST, "r-1", ERASE_BY, EXPIRES.plusSeconds(86_400 * 14));

        fixture.given(ISSUED).when(new FlagErasureDue(RELEASE, true)).expectEvents(reminder);
        fixture.given(ISSUED, reminder).when(new FlagErasureDue(RELEASE, true)).expectNoEvents();
        fixture.given(ISSUED, reminder).when(new FlagErasureDue(RELEASE, false)).expectEvents(due);
        fixture.given(ISSUED, reminder, due).when(new FlagErasureOverdue(RELEASE, overdue.graceEndedAt())).expectEvents(overdue);
        fixture.given(ISSUED, reminder, due, overdue).when(new FlagErasureOverdue(RELEASE, overdue.graceEndedAt())).expectNoEvents();
    }

    @Test
    void aCertificateClosesTheErasureObligation() {
        ErasureCertified certified = new ErasureCertified(RELEASE, REQUEST, "r-1", "all copies", "wipe",
                LocalDate.parse("2027-11-01"), "Erased.", Instant.parse("2027-11-02T00:00:00Z"));

        fixture.given(ISSUED).when(new CertifyErasure(RELEASE, "r-1", "all copies", "wipe", LocalDate.parse("2027-11-01"),
                "Erased.", Instant.parse("2027-11-02T00:00:00Z"))).expectEvents(certified);
        fixture.given(ISSUED, certified).when(new FlagErasureDue(RELEASE, false)).expectNoEvents();
        fixture.given(ISSUED, certified).when(new FlagErasureOverdue(RELEASE, EXPIRES)).expectNoEvents();
        fixture.given(ISSUED, certified).when(new CertifyErasure(RELEASE, "r-1", "again", "wipe", LocalDate.parse("2027-11-01"),
                "Erased.", EXPIRES)).expectNoEvents().expectException(broken(ReleaseRuleBroken.ALREADY_CERTIFIED));
    }

    @Test
    void onlyTheReleasesResearcherCanCertifyItsErasure() {
        fixture.given(ISSUED).when(new CertifyErasure(RELEASE, "r-2", "all", "wipe", LocalDate.parse("2027-11-01"), "Erased.",
                EXPIRES)).expectNoEvents().expectException(broken(ReleaseRuleBroken.NOT_THE_RESEARCHER));
    }

    @Test
    void aStewardMayAskForEvidenceOfErasure() {
        Instant at = Instant.parse("2027-11-23T00:00:00Z");
        fixture.given(ISSUED).when(new RequestErasureEvidence(RELEASE, "Send the wipe log.", at))
                .expectEvents(new ErasureEvidenceRequested(RELEASE, REQUEST, "r-1", "Send the wipe log.", at));
    }

    private static RecordAccesses recordAccess(String accessId, Access access) {
        return new RecordAccesses(RELEASE, List.of(new RecordAccesses.Reported(accessId, access)));
    }

    private static Access access(String researcher, String at) {
        return new Access(researcher, "ds-trials", List.of("hba1c"), 10L, null, "enclave", Instant.parse(at));
    }

    private static Matcher<ReleaseRuleBroken> broken(String code) {
        return new CustomTypeSafeMatcher<>("a broken release rule " + code) {
            @Override
            protected boolean matchesSafely(ReleaseRuleBroken broken) {
                return broken.code().equals(code);
            }
        };
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
