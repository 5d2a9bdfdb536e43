package org.custodian.policy.decision;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.decisions.Decision;

/** Record the policy's judgement of a request again, because {@code cause} (event {@code causeId}) changed what it rests on. */
public record ReEvaluateDecision(@TargetAggregateIdentifier String requestId, String decisionId, Instant evaluatedAt,
                                 Decision decision, String cause, String causeId) {
}
