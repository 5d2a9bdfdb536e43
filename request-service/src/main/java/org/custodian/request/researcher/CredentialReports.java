package org.custodian.request.researcher;

import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.inbound.DsaSigned;
import org.custodian.contracts.inbound.InboundEvent;
import org.custodian.contracts.inbound.IrbExpired;
import org.custodian.contracts.inbound.ResearcherOffboarded;
import org.custodian.request.researcher.CredentialCommands.RecordDsaSignature;
import org.custodian.request.researcher.CredentialCommands.RecordIrbExpiry;
import org.custodian.request.researcher.CredentialCommands.RecordOffboarding;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.OutsideEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside reports about researchers from the inbound topic (binding {@code inboundEvents}): an
 * expired IRB approval, a signed DSA, leaving the institution. Whether posted over HTTP or produced
 * straight to Kafka, each is checked as at the HTTP door; an invalid one is counted and dead-lettered.
 */
@Component("inboundEvents")
class CredentialReports implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "request-service.inbound";

    private final CommandGateway commands;
    private final ConsumedEvents consumed;
    private final OutsideEvents outside;

    CredentialReports(CommandGateway commands, ConsumedEvents consumed, OutsideEvents outside) {
        this.commands = commands;
        this.consumed = consumed;
        this.outside = outside;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = outside.read(message, CONSUMER);
        Optional<Object> command = command(inbound);
        if (command.isPresent() && consumed.firstDelivery(CONSUMER, inbound.deliveryKey())) {
            commands.sendAndWait(ActingCommands.by(inbound.actor(), command.get()));
        }
    }

    /** The command an inbound report means for a researcher; other types are other services' business. */
    private static Optional<Object> command(InboundEvent inbound) {
        Record data = inbound.data();
        if (data instanceof IrbExpired irb) {
            return Optional.of(new RecordIrbExpiry(irb.researcherId(), irb.reference()));
        }
        if (data instanceof DsaSigned dsa) {
            return Optional.of(new RecordDsaSignature(dsa.researcherId(), dsa.version()));
        }
        if (data instanceof ResearcherOffboarded left) {
            return Optional.of(new RecordOffboarding(left.researcherId(), left.institution()));
        }
        return Optional.empty();
    }
}
