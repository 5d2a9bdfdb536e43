package org.custodian.contracts.requests;

import org.custodian.contracts.GovernanceEvent;

/** A reviewer voted on a request under review, once, with their reason. */
public record ReviewVoteCast(String requestId, String reviewerId, ReviewVote vote, String reason)
        implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
