package org.custodian.contracts.decisions;

import java.time.Instant;
import org.custodian.contracts.GovernanceEvent;

/**
 * The policy judged an approved request again because something it rests on changed ({@code cause}:
 * the type of the event that changed it, {@code causeId} its id); a {@code deny} means the release
 * must be revoked or flagged.
 */
public record DecisionReEvaluated(String decisionId, String requestId, Instant evaluatedAt, Outcome previousOutcome,
                                  Decision decision, String cause, String causeId) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
