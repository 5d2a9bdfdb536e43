package org.custodian.contracts.inbound;

import java.time.Instant;
import java.util.List;

/** A consent platform reports that data subjects of a dataset (or a cohort of it) withdrew consent. */
public record ConsentWithdrawn(String datasetId, String cohort, List<String> subjectRefs, Instant withdrawnAt) {

    public ConsentWithdrawn {
        subjectRefs = subjectRefs == null ? List.of() : List.copyOf(subjectRefs);
    }
}
