package org.custodian.contracts.catalog;

import java.time.Instant;
import org.custodian.contracts.GovernanceEvent;

/**
 * A steward recorded the consent held for a dataset, or for one cohort of it ({@code cohort} null
 * means the whole dataset): on what basis and for how many data subjects.
 */
public record ConsentRecorded(String datasetId, String cohort, String basis, int subjects, Instant recordedAt)
        implements GovernanceEvent {

    @Override
    public String subject() {
        return datasetId;
    }
}
