package org.custodian.policy.decision;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.decisions.Decision;

/** Record what the policy concluded about a request, judged at {@code evaluatedAt}. */
record MakeDecision(@TargetAggregateIdentifier String requestId, String decisionId, Instant evaluatedAt,
                    Decision decision) {
}
