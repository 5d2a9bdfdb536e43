package org.custodian.contracts.catalog;

import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/** A steward set who reviews requests for a dataset: the reviewers, the approvals a decision needs, and whether blinded. */
public record DatasetCommitteeChanged(String datasetId, List<String> reviewers, int approvalsRequired, boolean blinded)
        implements GovernanceEvent {

    public DatasetCommitteeChanged {
        reviewers = List.copyOf(reviewers);
    }

    @Override
    public String subject() {
        return datasetId;
    }
}
