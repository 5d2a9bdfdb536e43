package org.custodian.request.dataset;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.catalog.DatasetRegistered;

/** A dataset in the catalog; its terms are versioned, each version an event, and so is its committee. */
@Aggregate
class Dataset {

    @AggregateIdentifier
    private String datasetId;
    private int termsVersion;
    private Committee committee;

    Dataset() {
    }

    @CommandHandler
    Dataset(RegisterDataset command) {
        apply(new DatasetRegistered(command.datasetId(), command.title(), command.description(), 1, command.terms()));
    }

    @CommandHandler
    void handle(ChangeCommittee command) {
        Committee next = command.committee();
        if (!next.equals(committee)) {
            apply(new CommitteeChanged(datasetId, next.reviewers(), next.approvalsRequired(), next.blinded()));
        }
    }

    @EventSourcingHandler
    void on(DatasetRegistered event) {
        datasetId = event.datasetId();
        termsVersion = event.termsVersion();
    }

    @EventSourcingHandler
    void on(CommitteeChanged event) {
        committee = event.committee();
    }
}
