package org.custodian.policy.rollout;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make {@code revision} the policy in force from {@code at}; the same revision again changes nothing. */
record ActivatePolicy(@TargetAggregateIdentifier String rolloutId, String revision, Instant at) {
}
