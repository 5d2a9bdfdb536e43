package org.custodian.request.researcher;

import io.cloudevents.CloudEvent;
import java.time.Clock;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.catalog.PersonalDataErased;
import org.custodian.request.chatops.ChatMembers;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.InboundEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out an erasure announced by audit-service (binding {@code erasureEvents}, the catalog topic),
 * once per event id and in one transaction: the person is recorded as erased, their chat link removed and,
 * if they are a registered researcher, their name and chat id scrubbed from the directory (the
 * researcher-directory processor is subscribing, so within this transaction too).
 */
@Component("erasureEvents")
class PersonalDataErasure implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "request-service.erasure";

    private final CommandGateway commands;
    private final ConsumedEvents consumed;
    private final ErasedPeople erasedPeople;
    private final ResearcherDirectory directory;
    private final ChatMembers chatMembers;
    private final Clock clock;

    PersonalDataErasure(CommandGateway commands, ConsumedEvents consumed, ErasedPeople erasedPeople,
                        ResearcherDirectory directory, ChatMembers chatMembers, Clock clock) {
        this.commands = commands;
        this.consumed = consumed;
        this.erasedPeople = erasedPeople;
        this.directory = directory;
        this.chatMembers = chatMembers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        CloudEvent envelope = InboundEvents.cloudEvent(message);
        if (!EventType.PERSONAL_DATA_ERASED.cloudEventType().equals(envelope.getType())) {
            return;
        }
        PersonalDataErased erased = (PersonalDataErased) GovernanceCloudEvents.decode(envelope);
        if (!consumed.firstDelivery(CONSUMER, envelope.getId())) {
            return;
        }
        String person = erased.researcherId();
        erasedPeople.record(person, envelope.getId(), erased.erasedAt(), clock.instant());
        chatMembers.forget(person);
        if (directory.find(person).isPresent()) {
            commands.sendAndWait(ActingCommands.by(GovernanceCloudEvents.actor(envelope),
                    new ForgetPersonalData(person, envelope.getId())));
        }
    }
}
