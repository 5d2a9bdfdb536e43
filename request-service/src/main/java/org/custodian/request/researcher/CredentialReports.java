package org.custodian.request.researcher;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.InvalidEventException;
import org.custodian.contracts.inbound.DsaSigned;
import org.custodian.contracts.inbound.InboundEvent;
import org.custodian.contracts.inbound.IrbExpired;
import org.custodian.contracts.inbound.ResearcherOffboarded;
import org.custodian.request.researcher.CredentialCommands.RecordDsaSignature;
import org.custodian.request.researcher.CredentialCommands.RecordIrbExpiry;
import org.custodian.request.researcher.CredentialCommands.RecordOffboarding;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.InboundEvents;
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
    private final MeterRegistry meters;

    CredentialReports(CommandGateway commands, ConsumedEvents consumed, MeterRegistry meters) {
        this.commands = commands;
        this.consumed = consumed;
        this.meters = meters;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = decode(message);
        CloudEvent event = inbound.cloudEvent();
        Optional<Object> command = command(inbound);
        if (command.isPresent() && consumed.firstDelivery(CONSUMER, event.getSource() + " " + event.getId())) {
            String actor = Optional.ofNullable(GovernanceCloudEvents.actor(event)).orElse(event.getSource().toString());
            commands.sendAndWait(ActingCommands.by(actor, command.get()));
        }
    }

    private InboundEvent decode(Message<byte[]> message) {
        try {
            return InboundEvent.decode(InboundEvents.cloudEvent(message));
        } catch (InvalidEventException e) {
            meters.counter("custodian.inbound.invalid", "consumer", CONSUMER).increment();
            throw e;
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
