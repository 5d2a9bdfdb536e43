package org.custodian.policy.rollout;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.decisions.PolicyActivated;

/**
 * Which policy revision is in force. Each service instance activates the revision it starts with; only a
 * revision other than the one in force is announced, so instances starting together, or restarting,
 * announce it once, while a rollback and a roll forward again are each announced.
 */
@Aggregate
class PolicyRollout {

    @AggregateIdentifier
    private String rolloutId;
    private String active;

    PolicyRollout() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(ActivatePolicy command) {
        if (!command.revision().equals(active)) {
            apply(new PolicyActivated(command.revision(), active, command.at()));
        }
    }

    @EventSourcingHandler
    void on(PolicyActivated activated) {
        rolloutId = PolicyActivated.SUBJECT;
        active = activated.revision();
    }
}
