package org.custodian.request.access;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The review's vote deadline passed: mark it stalled for stewards, if it is still open. */
record MarkReviewOverdue(@TargetAggregateIdentifier String requestId) {
}
