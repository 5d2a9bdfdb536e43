package org.custodian.contracts.decisions;

import java.time.Instant;
import org.custodian.contracts.GovernanceEvent;

/** The policy judged a submitted request; {@code evaluatedAt} is the {@code now} it was judged at. */
public record DecisionMade(String decisionId, String requestId, Instant evaluatedAt, Decision decision)
        implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
