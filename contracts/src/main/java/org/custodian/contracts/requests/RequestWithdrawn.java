package org.custodian.contracts.requests;

import org.custodian.contracts.GovernanceEvent;

/**
 * The researcher withdrew their request before it was approved or rejected; it can no longer be
 * approved, voted on or resubmitted. {@code reason} is the researcher's own words, or null.
 */
public record RequestWithdrawn(String requestId, String reason) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
