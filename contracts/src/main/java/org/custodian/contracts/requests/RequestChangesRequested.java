package org.custodian.contracts.requests;

import org.custodian.contracts.GovernanceEvent;

/** A reviewer asked the researcher to change the request; this review round ends without approval. */
public record RequestChangesRequested(String requestId, String decisionId, String reason) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
