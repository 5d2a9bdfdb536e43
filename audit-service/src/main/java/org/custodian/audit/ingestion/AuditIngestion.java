package org.custodian.audit.ingestion;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.custodian.audit.ingestion.DeadLetters.DeadLetter;
import org.custodian.audit.log.AuditLog;
import org.custodian.audit.log.NewEntry;
import org.custodian.audit.log.NotCanonicalJsonException;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.InvalidEventException;
import org.custodian.contracts.KafkaCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.inbound.InboundEvent;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Logs every CloudEvent of every governance topic (binding {@code auditEvents}, in batch mode),
 * whether or not the contracts know its type: outside events arriving on the inbound topic are
 * evidence too. Each poll's records are read and checked first; the loggable ones are appended in
 * order in one transaction, and a record that is not a CloudEvent or cannot be logged goes to its
 * topic's dead-letter topic without holding up the others.
 */
@Component("auditEvents")
class AuditIngestion implements Consumer<Message<List<byte[]>>> {

    private final AuditLog log;
    private final DeadLetters deadLetters;
    private final DistributionSummary batchSizes;
    private final Timer reading;
    private final Timer appending;

    AuditIngestion(AuditLog log, DeadLetters deadLetters, MeterRegistry meters) {
        this.log = log;
        this.deadLetters = deadLetters;
        this.batchSizes = DistributionSummary.builder("custodian.audit.ingestion.batch").baseUnit("records").register(meters);
        this.reading = meters.timer("custodian.audit.ingestion.read");
        this.appending = meters.timer("custodian.audit.ingestion.append");
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<ConsumedRecord> records = ConsumedRecord.of(batch);
        batchSizes.record(records.size());
        Sorted sorted = reading.record(() -> sort(records));
        appending.record(() -> append(sorted));
        deadLetters.publish(sorted.dead());
    }

    private static Sorted sort(List<ConsumedRecord> records) {
        Sorted sorted = new Sorted(new ArrayList<>(records.size()), new ArrayList<>(records.size()), new ArrayList<>());
        for (ConsumedRecord record : records) {
            try {
                sorted.entries().add(entry(record));
                sorted.logged().add(record);
            } catch (InvalidEventException e) {
                sorted.dead().add(new DeadLetter(record, e));
            }
        }
        return sorted;
    }

    /**
     * All in one transaction; should the database refuse the batch for what one record holds, one at a
     * time, in the same order, so that only that record is dead-lettered. Anything else (the database
     * unreachable, say) is thrown: the batch is retried until it is logged, never skipped.
     */
    private void append(Sorted sorted) {
        try {
            log.appendAll(sorted.entries());
        } catch (DataIntegrityViolationException refused) {
            for (int i = 0; i < sorted.entries().size(); i++) {
                try {
                    log.append(sorted.entries().get(i));
                } catch (DataIntegrityViolationException e) {
                    sorted.dead().add(new DeadLetter(sorted.logged().get(i), e));
                }
            }
        }
    }

    private static NewEntry entry(ConsumedRecord record) {
        CloudEvent event = KafkaCloudEvents.read(record.headers(), record.value());
        Delivery delivery = record.delivery();
        NewEntry entry = new NewEntry(event.getId(), event.getSource().toString(), event.getType(), event.getSubject(),
                actor(event, delivery.topic()), event.getTime() == null ? null : event.getTime().toInstant(),
                delivery.topic(), delivery.partition(), delivery.offset(), Envelopes.of(event));
        try {
            AuditLog.requireLoggable(entry);
        } catch (NotCanonicalJsonException e) {
            throw new InvalidEventException("Event " + event.getId() + " cannot be logged: " + e.getMessage(), e);
        }
        return entry;
    }

    /** On the inbound topic an {@code actor} extension is trusted only as the HTTP door verified it (ADR 007). */
    private static String actor(CloudEvent event, String topic) {
        return Topic.INBOUND.topicName().equals(topic) ? InboundEvent.actorOf(event) : GovernanceCloudEvents.actor(event);
    }

    /** A batch read: the entries to log and the records they come from, index for index, and the dead letters. */
    private record Sorted(List<NewEntry> entries, List<ConsumedRecord> logged, List<DeadLetter> dead) {
    }
}
