package org.custodian.policy.decision;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.decisions.Decision;

/**
 * Record what the policy concluded about one submission of a request, judged at {@code evaluatedAt}; the
 * decision id is derived from the submission's event id (see {@link SubmissionIntake}).
 */
record MakeDecision(@TargetAggregateIdentifier String requestId, String decisionId, Instant evaluatedAt,
                    Decision decision) {
}
