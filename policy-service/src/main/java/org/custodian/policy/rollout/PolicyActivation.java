package org.custodian.policy.rollout;

import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.decisions.PolicyActivated;
import org.custodian.policy.engine.PolicyEngine;
import org.custodian.policy.reevaluation.ReEvaluations;
import org.custodian.support.events.ActingCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The policy and tables a service starts with are its revision in force (docs/adr/016): once started, it
 * activates that revision and judges again every live release whose latest decision names another one. A
 * release already judged under it is left alone, so a restart part-way through finishes the rest.
 */
@Component
class PolicyActivation {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyActivation.class);

    private final PolicyEngine engine;
    private final CommandGateway commands;
    private final PolicyActivations activations;
    private final ReEvaluations reEvaluations;

    PolicyActivation(PolicyEngine engine, CommandGateway commands, PolicyActivations activations, ReEvaluations reEvaluations) {
        this.engine = engine;
        this.commands = commands;
        this.activations = activations;
        this.reEvaluations = reEvaluations;
    }

    // A failure is logged, not thrown: the service still decides new requests, and the next start finishes the rest.
    @EventListener(ApplicationReadyEvent.class)
    void activate() {
        try {
            commands.sendAndWait(ActingCommands.by("policy-service",
                    new ActivatePolicy(PolicyActivated.SUBJECT, engine.revision(), Instant.now())));
            activations.latestOf(engine.revision()).ifPresent(reEvaluations::judgedUnderAnotherRevision);
        } catch (RuntimeException e) {
            LOG.error("Activating policy {} did not judge every live release again; the next start goes on", engine.revision(), e);
        }
    }
}
