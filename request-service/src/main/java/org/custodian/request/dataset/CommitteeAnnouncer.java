package org.custodian.request.dataset;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.custodian.contracts.catalog.DatasetCommitteeChanged;
import org.custodian.support.events.GovernanceOutbox;
import org.springframework.stereotype.Component;

/** A committee change is request-service's own event; the outbox publishes it as a catalog event so the audit log keeps it. */
@Component
@ProcessingGroup(GovernanceOutbox.PROCESSING_GROUP)
class CommitteeAnnouncer {

    private final GovernanceOutbox outbox;

    CommitteeAnnouncer(GovernanceOutbox outbox) {
        this.outbox = outbox;
    }

    @EventHandler
    void on(CommitteeChanged changed, EventMessage<?> message) {
        outbox.publish(new DatasetCommitteeChanged(changed.datasetId(), changed.reviewers(), changed.approvalsRequired(),
                changed.blinded(), changed.committee().voting()), message);
    }
}
