package org.custodian.request.access;

import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.request.review.Panel;
import org.custodian.request.review.ReviewPanels;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.InboundEvent;
import org.custodian.support.events.InboundEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the policy's decisions to requests, once per decision event (binding {@code decisionEvents}),
 * with the panel that would review the request as its datasets' committees stand now.
 */
@Component("decisionEvents")
class DecisionIntake implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "request-service.decisions";

    private final CommandGateway commands;
    private final ConsumedEvents consumed;
    private final RequestBoard board;
    private final ReviewPanels panels;

    DecisionIntake(CommandGateway commands, ConsumedEvents consumed, RequestBoard board, ReviewPanels panels) {
        this.commands = commands;
        this.consumed = consumed;
        this.board = board;
        this.panels = panels;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = InboundEvents.read(message);
        if (inbound.event() instanceof DecisionMade made && consumed.firstDelivery(CONSUMER, inbound.id())) {
            Panel panel = board.find(made.requestId())
                    .map(request -> panels.compose(request.researcherId(), request.datasets()))
                    .orElseGet(Panel::none);
            commands.sendAndWait(ActingCommands.by(inbound.actor(),
                    new RecordDecision(made.requestId(), made.decisionId(), made.decision(), panel)));
        }
    }
}
