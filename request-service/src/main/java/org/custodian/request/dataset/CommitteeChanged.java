package org.custodian.request.dataset;

import java.util.List;
import org.axonframework.serialization.Revision;

/** A steward set a dataset's review committee; internal to request-service, the policy does not need it. */
@Revision("1")
record CommitteeChanged(String datasetId, List<String> reviewers, int approvalsRequired, boolean blinded) {

    Committee committee() {
        return new Committee(reviewers, approvalsRequired, blinded);
    }
}
