package org.custodian.request.dataset;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetTerms;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static final DatasetTerms TERMS = new DatasetTerms(List.of("DUO:0000042"), null, List.of(), null, null,
            null, null, null, 365, "DE", List.of("GDPR"), null, null, 2, List.of("download"), List.of("region"),
            "none", "auto");

    @Test
    void registeringStartsTheTermsAtVersionOne() {
        new AggregateTestFixture<>(Dataset.class)
                .givenNoPriorActivity()
                .when(new RegisterDataset("ds-jobs", "Jobs", "Labour-market aggregates", TERMS))
                .expectEvents(new DatasetRegistered("ds-jobs", "Jobs", "Labour-market aggregates", 1, TERMS));
    }

    @Test
    void settingACommitteeRecordsIt() {
        new AggregateTestFixture<>(Dataset.class)
                .given(new DatasetRegistered("ds-jobs", "Jobs", "Labour-market aggregates", 1, TERMS))
                .when(new ChangeCommittee("ds-jobs", new Committee(List.of("rev-a", "rev-b", "rev-a"), 2, true)))
                .expectEvents(new CommitteeChanged("ds-jobs", List.of("rev-a", "rev-b"), 2, true));
    }

    @Test
    void settingTheSameCommitteeAgainRecordsNothing() {
        new AggregateTestFixture<>(Dataset.class)
                .given(new DatasetRegistered("ds-jobs", "Jobs", "Labour-market aggregates", 1, TERMS),
                        new CommitteeChanged("ds-jobs", List.of("rev-a", "rev-b"), 2, true))
                .when(new ChangeCommittee("ds-jobs", new Committee(List.of("rev-a", "rev-b"), 2, true)))
                .expectNoEvents();
    }
}
