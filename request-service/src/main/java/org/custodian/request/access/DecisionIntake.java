package org.custodian.request.access;

import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.InboundEvent;
import org.custodian.support.events.InboundEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Applies the policy's decisions to requests, once per decision event (binding {@code decisionEvents}). */
@Component("decisionEvents")
class DecisionIntake implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "request-service.decisions";

    private final CommandGateway commands;
    private final ConsumedEvents consumed;

    DecisionIntake(CommandGateway commands, ConsumedEvents consumed) {
        this.commands = commands;
        this.consumed = consumed;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = InboundEvents.read(message);
        if (inbound.event() instanceof DecisionMade made && consumed.firstDelivery(CONSUMER, inbound.id())) {
            commands.sendAndWait(ActingCommands.by(inbound.actor(),
                    new RecordDecision(made.requestId(), made.decisionId(), made.decision())));
        }
    }
}
