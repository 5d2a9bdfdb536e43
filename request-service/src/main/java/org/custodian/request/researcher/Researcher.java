package org.custodian.request.researcher;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.catalog.ResearcherRegistered;

/** A researcher known to the organisation; the id is the subject of their bearer token. */
@Aggregate
class Researcher {

    @AggregateIdentifier
    private String researcherId;

    Researcher() {
    }

    @CommandHandler
    Researcher(RegisterResearcher command) {
        apply(command.profile());
    }

    @EventSourcingHandler
    void on(ResearcherRegistered event) {
        researcherId = event.researcherId();
    }
}
