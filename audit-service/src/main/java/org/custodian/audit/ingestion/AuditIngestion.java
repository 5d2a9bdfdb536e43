package org.custodian.audit.ingestion;

import io.cloudevents.CloudEvent;
import java.util.function.Consumer;
import org.custodian.audit.log.AuditLog;
import org.custodian.audit.log.NewEntry;
import org.custodian.audit.log.NotCanonicalJsonException;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.InvalidEventException;
import org.custodian.support.events.InboundEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Logs every CloudEvent of every governance topic (binding {@code auditEvents}), whether or not the
 * contracts know its type: outside events arriving on the inbound topic are evidence too. A record
 * that is not a CloudEvent throws and so goes to the dead-letter topic.
 */
@Component("auditEvents")
class AuditIngestion implements Consumer<Message<byte[]>> {

    private final AuditLog log;

    AuditIngestion(AuditLog log) {
        this.log = log;
    }

    @Override
    public void accept(Message<byte[]> message) {
        CloudEvent event = InboundEvents.cloudEvent(message);
        Delivery delivery = Delivery.of(message.getHeaders());
        try {
            log.append(entry(event, delivery));
        } catch (NotCanonicalJsonException e) {
            throw new InvalidEventException("Event " + event.getId() + " cannot be logged: " + e.getMessage(), e);
        }
    }

    private static NewEntry entry(CloudEvent event, Delivery delivery) {
        return new NewEntry(event.getId(), event.getSource().toString(), event.getType(), event.getSubject(),
                GovernanceCloudEvents.actor(event), event.getTime() == null ? null : event.getTime().toInstant(),
                delivery.topic(), delivery.partition(), delivery.offset(), Envelopes.of(event));
    }
}
