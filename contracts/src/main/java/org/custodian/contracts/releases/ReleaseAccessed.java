package org.custodian.contracts.releases;

import org.custodian.contracts.GovernanceEvent;

/** Released data was used within the terms of its release; {@code accessId} is the reporter's id for the use. */
public record ReleaseAccessed(
        String releaseId,
        String requestId,
        String accessId,
        Access access) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
