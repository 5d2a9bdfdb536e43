package org.custodian.request.access;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.custodian.support.events.GovernanceOutbox;
import org.springframework.stereotype.Component;

/** A stalled review is the request's own event; the outbox publishes it as {@code review.stalled} so the audit log keeps it. */
@Component
@ProcessingGroup(GovernanceOutbox.PROCESSING_GROUP)
class StalledReviewAnnouncer {

    private final GovernanceOutbox outbox;

    StalledReviewAnnouncer(GovernanceOutbox outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    void on(ReviewStalled stalled, EventMessage<?> message) {
        outbox.publish(new org.custodian.contracts.requests.ReviewStalled(stalled.requestId(), stalled.code(),
                stalled.eligibleReviewers(), stalled.approvalsRequired()), message);
    }
}
