package org.custodian.policy.decision;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.contracts.decisions.Outcome;

/**
 * The policy's decisions on one access request. Each submission is decided once: the same submission
 * seen again (a redelivery, a replay) carries the same decision id and changes nothing, while an amended
 * resubmission of the request is a new submission and gets a new decision.
 */
@Aggregate
class RequestDecisions {

    @AggregateIdentifier
    private String requestId;
    private boolean decided;
    private Outcome latestOutcome;
    private final Set<String> decisionsMade = new HashSet<>();
    private final Set<String> causesSeen = new HashSet<>();

    RequestDecisions() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(MakeDecision command) {
        if (decisionsMade.contains(command.decisionId())) {
            return;
        }
        apply(new DecisionMade(command.decisionId(), command.requestId(), command.evaluatedAt(), command.decision()));
    }

    /** Only a decided request is judged again, and once per cause. */
    @CommandHandler
    void handle(ReEvaluateDecision command) {
        if (!decided || causesSeen.contains(command.causeId())) {
            return;
        }
        apply(new DecisionReEvaluated(command.decisionId(), requestId, command.evaluatedAt(), latestOutcome,
                command.decision(), command.cause(), command.causeId()));
    }

    @EventSourcingHandler
    void on(DecisionMade event) {
        requestId = event.requestId();
        decided = true;
        decisionsMade.add(event.decisionId());
        latestOutcome = event.decision().outcome();
    }

    @EventSourcingHandler
    void on(DecisionReEvaluated event) {
        latestOutcome = event.decision().outcome();
        causesSeen.add(event.causeId());
    }
}
