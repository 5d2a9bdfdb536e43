package org.custodian.contracts.catalog;

import java.time.Instant;
import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/**
 * Data subjects of a dataset (or of one cohort) withdrew consent, as recorded by request-service from a
 * steward or from a consent platform's inbound event ({@code reportedEventId} names that event, else null).
 * An empty {@code subjectRefs} means the whole cohort, or the whole dataset when {@code cohort} is null.
 */
public record ConsentWithdrawn(String datasetId, String cohort, List<String> subjectRefs, Instant withdrawnAt,
        String reportedEventId) implements GovernanceEvent {

    public ConsentWithdrawn {
        subjectRefs = subjectRefs == null ? List.of() : List.copyOf(subjectRefs);
    }

    @Override
    public String subject() {
        return datasetId;
    }
}
