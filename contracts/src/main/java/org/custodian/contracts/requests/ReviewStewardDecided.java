package org.custodian.contracts.requests;

import org.custodian.contracts.GovernanceEvent;

/**
 * A steward decided a review that could not go on without one (no or too few eligible reviewers, or a
 * vote deadline passed), in place of the panel. The steward is the event's actor; an approval here
 * stands for the review's quorum on {@code decisionId}.
 */
public record ReviewStewardDecided(String requestId, String decisionId, ReviewVote decision, String reason)
        implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
