package org.custodian.policy.decision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.decisions.DecisionMade;

/**
 * The policy's decisions on one access request. A submitted request is decided once: the same
 * submission seen again (a redelivery, a replay) changes nothing.
 */
@Aggregate
class RequestDecisions {

    @AggregateIdentifier
    private String requestId;
    private boolean decided;

    RequestDecisions() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MakeDecision command) {
        if (decided) {
            return;
        }
        apply(new DecisionMade(command.decisionId(), command.requestId(), command.evaluatedAt(), command.decision()));
    }

    @EventSourcingHandler
    void on(DecisionMade event) {
        requestId = event.requestId();
        decided = true;
    }
}
