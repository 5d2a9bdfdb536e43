package org.custodian.audit.bench;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.custodian.audit.log.NewEntry;
import org.custodian.contracts.KafkaCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.testing.EmbeddedInfrastructure;

/**
 * End to end: publishes events to the embedded broker as producers do (CloudEvents binary mode, keyed by
 * subject, spread over every governance topic) and times until the service has logged them all, as the
 * chain head's seq tells. The consumers run in batch mode, each poll appended in one transaction.
 */
final class KafkaLoad {

    private static final Topic[] TOPICS = Topic.values();

    private final KafkaProducer<byte[], byte[]> producer;
    private final LongSupplier headSeq;

    KafkaLoad(LongSupplier headSeq) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        this.producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        this.headSeq = headSeq;
    }

    /** Entries per second from the first record sent until the last is logged. */
    double publishAndAwait(String run, long from, int count) {
        long target = headSeq.getAsLong() + count;
        long start = System.nanoTime();
        for (long i = from; i < from + count; i++) {
            NewEntry event = BenchEvents.event(run, i);
            CloudEvent cloudEvent = cloudEvent(event);
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(TOPICS[(int) (i % TOPICS.length)].topicName(),
                    event.subject().getBytes(StandardCharsets.UTF_8), cloudEvent.getData().toBytes());
            KafkaCloudEvents.headers(cloudEvent).forEach((name, value) -> record.headers().add(name, value));
            producer.send(record);
        }
        producer.flush();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (headSeq.getAsLong() < target) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not all " + count + " events were logged within 10 minutes");
            }
            LockSupport.parkNanos(5_000_000);
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    void close() {
        producer.close();
    }

    private static CloudEvent cloudEvent(NewEntry event) {
        return CloudEventBuilder.v1().withId(event.eventId()).withSource(URI.create(event.source())).withType(event.type())
                .withSubject(event.subject()).withTime(OffsetDateTime.parse(event.envelope().get("time").asText()))
                .withDataContentType("application/json").withExtension("actor", event.actor())
                .withData(event.envelope().get("data").toString().getBytes(StandardCharsets.UTF_8)).build();
    }
}
