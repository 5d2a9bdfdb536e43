package org.custodian.contracts.catalog;

import java.util.List;
import org.custodian.contracts.requests.VotingRule;
import org.custodian.contracts.GovernanceEvent;

/**
 * A steward set who reviews requests for a dataset: the reviewers, the approvals a decision needs, the
 * {@link VotingRule} (null in events recorded before rules were explicit: the default), and whether blinded.
 */
public record DatasetCommitteeChanged(String datasetId, List<String> reviewers, int approvalsRequired, boolean blinded,
                                      VotingRule voting) implements GovernanceEvent {

    public DatasetCommitteeChanged(String datasetId, List<String> reviewers, int approvalsRequired, boolean blinded) {
        this(datasetId, reviewers, approvalsRequired, blinded, VotingRule.DEFAULT);
    }

    public DatasetCommitteeChanged {
        reviewers = List.copyOf(reviewers);
    }

    @Override
    public String subject() {
        return datasetId;
    }
}
