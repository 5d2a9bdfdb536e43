package org.custodian.request.dataset;

import java.util.List;
import org.custodian.contracts.requests.VotingRule;
import org.axonframework.serialization.Revision;

/**
 * A steward set a dataset's review committee; request-service's own event (the policy does not need it),
 * published for the audit log as {@code dataset.committee-changed} by {@link CommitteeAnnouncer}.
 */
@Revision("1")
public record CommitteeChanged(String datasetId, List<String> reviewers, int approvalsRequired, boolean blinded,
                               VotingRule voting) {

    /** {@code voting} is null in events stored before rules were explicit: the default rule. */
    public Committee committee() {
        return new Committee(reviewers, approvalsRequired, blinded, voting);
    }
}
