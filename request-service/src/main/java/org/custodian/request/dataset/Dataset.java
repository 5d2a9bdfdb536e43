package org.custodian.request.dataset;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.catalog.DatasetRegistered;

/** A dataset in the catalog; its terms are versioned, each version an event. */
@Aggregate
class Dataset {

    @AggregateIdentifier
    private String datasetId;
    private int termsVersion;

    Dataset() {
    }

    @CommandHandler
    Dataset(RegisterDataset command) {
        apply(new DatasetRegistered(command.datasetId(), command.title(), command.description(), 1, command.terms()));
    }

    @EventSourcingHandler
    void on(DatasetRegistered event) {
        datasetId = event.datasetId();
        termsVersion = event.termsVersion();
    }
}
