package org.custodian.contracts.requests;

import org.custodian.contracts.GovernanceEvent;

/** A manuscript's review ended; {@code reviewerId} is null when the manuscript was deemed approved. */
public record ManuscriptReviewed(
        String manuscriptId,
        String releaseId,
        String researcherId,
        ManuscriptOutcome outcome,
        String reviewerId,
        String comment) implements GovernanceEvent {

    @Override
    public String subject() {
        return manuscriptId;
    }
}
