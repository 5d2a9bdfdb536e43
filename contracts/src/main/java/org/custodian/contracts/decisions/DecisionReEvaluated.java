package org.custodian.contracts.decisions;

import java.time.Instant;
import org.custodian.contracts.GovernanceEvent;

/**
 * The policy judged an approved request again because something it rests on changed ({@code cause}:
 * the type of the event that changed it, {@code causeId} its id). It judges the release as issued: the
 * approved version at the time its decision judged at, so {@code decision}'s erase-by date is never
 * later than the release's. {@code evaluatedAt} is when Custodian recorded the change, so it sorts after
 * the decisions before it. A {@code deny} means the release must be revoked or flagged, a {@code review}
 * that a steward looks at it, and an earlier erase-by date that the release must be erased sooner.
 */
public record DecisionReEvaluated(String decisionId, String requestId, Instant evaluatedAt, Outcome previousOutcome,
                                  Decision decision, String cause, String causeId) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
