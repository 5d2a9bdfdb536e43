package org.custodian.contracts.requests;

import java.util.List;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.decisions.Reason;

/** A request was rejected, with every reason found. */
public record RequestRejected(String requestId, String decisionId, List<Reason> reasons) implements GovernanceEvent {

    public RequestRejected {
        reasons = List.copyOf(reasons);
    }

    @Override
    public String subject() {
        return requestId;
    }
}
