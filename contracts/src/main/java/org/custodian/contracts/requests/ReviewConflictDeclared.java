package org.custodian.contracts.requests;

import org.custodian.contracts.GovernanceEvent;

/** A reviewer declared a conflict of interest with a request and so takes no part in its review. */
public record ReviewConflictDeclared(String requestId, String reviewerId, String reason) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
