package org.custodian.request.dataset;

import java.time.Instant;
import java.util.List;
import org.custodian.contracts.requests.VotingRule;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetRetired;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.custodian.contracts.catalog.DatasetTerms;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static final DatasetTerms TERMS = new DatasetTerms(List.of("DUO:0000042"), null, List.of(), null, null,
            null, null, null, 365, "DE", List.of("GDPR"), null, null, 2, List.of("download"), List.of("region"),
            "none", "auto");

    private static final DatasetRegistered REGISTERED =
            new DatasetRegistered("ds-jobs", "Jobs", "Labour-market aggregates", 1, TERMS);
    private static final Instant AT = Instant.parse("2026-11-20T09:00:00Z");

    @Test
    void registeringStartsTheTermsAtVersionOne() {
        new AggregateTestFixture<>(Dataset.class)
                .givenNoPriorActivity()
                .when(new RegisterDataset("ds-jobs", "Jobs", "Labour-market aggregates", TERMS))
                .expectEvents(new DatasetRegistered("ds-jobs", "Jobs", "Labour-market aggregates", 1, TERMS));
    }

    @Test
    void retiringRecordsItOnceWithTheReason() {
        new AggregateTestFixture<>(Dataset.class)
                .given(REGISTERED)
                .when(new RetireDataset("ds-jobs", "Superseded."))
                .expectEvents(new DatasetRetired("ds-jobs", "Superseded."))
                .expectResultMessagePayload(true);
    }

    @Test
    void retiringARetiredDatasetRecordsNothing() {
        new AggregateTestFixture<>(Dataset.class)
                .given(REGISTERED, new DatasetRetired("ds-jobs", null))
                .when(new RetireDataset("ds-jobs", "Again."))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void settingACommitteeRecordsIt() {
        new AggregateTestFixture<>(Dataset.class)
                .given(new DatasetRegistered("ds-jobs", "Jobs", "Labour-market aggregates", 1, TERMS))
                .when(new ChangeCommittee("ds-jobs", new Committee(List.of("rev-a", "rev-b", "rev-a"), 2, true)))
                .expectEvents(new CommitteeChanged("ds-jobs", List.of("rev-a", "rev-b"), 2, true, VotingRule.QUORUM_WITH_VETO));
    }

    @Test
    void changingOnlyTheVotingRuleRecordsIt() {
        new AggregateTestFixture<>(Dataset.class)
                .given(new DatasetRegistered("ds-jobs", "Jobs", "Labour-market aggregates", 1, TERMS),
                        new CommitteeChanged("ds-jobs", List.of("rev-a", "rev-b"), 2, true, null))
                .when(new ChangeCommittee("ds-jobs", new Committee(List.of("rev-a", "rev-b"), 2, true, VotingRule.MAJORITY)))
                .expectEvents(new CommitteeChanged("ds-jobs", List.of("rev-a", "rev-b"), 2, true, VotingRule.MAJORITY));
    }

    @Test
    void settingTheSameCommitteeAgainRecordsNothing() {
        new AggregateTestFixture<>(Dataset.class)
                .given(new DatasetRegistered("ds-jobs", "Jobs", "Labour-market aggregates", 1, TERMS),
                        new CommitteeChanged("ds-jobs", List.of("rev-a", "rev-b"), 2, true, null))
                .when(new ChangeCommittee("ds-jobs", new Committee(List.of("rev-a", "rev-b"), 2, true)))
                .expectNoEvents();
    }

    @Test
    void changedTermsBecomeTheNextVersion() {
        DatasetTerms next = withRetention(730);
        new AggregateTestFixture<>(Dataset.class)
                .given(REGISTERED, new DatasetTermsChanged("ds-jobs", 2, withRetention(500)))
                .when(new ChangeTerms("ds-jobs", next))
                .expectEvents(new DatasetTermsChanged("ds-jobs", 3, next))
                .expectResultMessagePayload(3);
    }

    @Test
    void theSameTermsAgainRecordNothing() {
        new AggregateTestFixture<>(Dataset.class)
                .given(REGISTERED)
                .when(new ChangeTerms("ds-jobs", TERMS))
                .expectNoEvents()
                .expectResultMessagePayload(1);
    }

    @Test
    void recordingConsentPublishesIt() {
        ConsentRecorded consent = new ConsentRecorded("ds-jobs", "cohort-1", "informed_consent", 120, AT);
        new AggregateTestFixture<>(Dataset.class)
                .given(REGISTERED)
                .when(new ConsentCommands.RecordConsent("ds-jobs", consent))
                .expectEvents(consent)
                .expectResultMessagePayload(true);
    }

    @Test
    void aStewardsRepeatedConsentFactRecordsNothing() {
        ConsentRecorded consent = new ConsentRecorded("ds-jobs", null, "informed_consent", 120, AT);
        ConsentWithdrawn withdrawal = new ConsentWithdrawn("ds-jobs", null, List.of("s-1"), AT, null);
        new AggregateTestFixture<>(Dataset.class)
                .given(REGISTERED, consent, withdrawal)
                .when(new ConsentCommands.RecordConsentWithdrawal("ds-jobs", withdrawal))
                .expectNoEvents()
                .expectResultMessagePayload(false);
    }

    @Test
    void everyReportedWithdrawalIsRecordedWithItsReport() {
        ConsentWithdrawn reported = new ConsentWithdrawn("ds-jobs", "cohort-1", List.of(), AT, "evt-2");
        new AggregateTestFixture<>(Dataset.class)
                .given(REGISTERED, new ConsentWithdrawn("ds-jobs", "cohort-1", List.of(), AT, "evt-1"))
                .when(new ConsentCommands.RecordConsentWithdrawal("ds-jobs", reported))
                .expectEvents(reported);
    }

    private static DatasetTerms withRetention(int days) {
        return new DatasetTerms(List.of("DUO:0000042"), null, List.of(), null, null, null, null, null, days, "DE",
                List.of("GDPR"), null, null, 2, List.of("download"), List.of("region"), "none", "auto");
    }
}
