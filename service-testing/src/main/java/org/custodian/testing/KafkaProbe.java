package org.custodian.testing;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.custodian.contracts.EventType;
import org.custodian.contracts.KafkaCloudEvents;

/**
 * Reads and writes real records on the embedded broker for tests: sees every record of its topics
 * from the beginning, and sends CloudEvents (or raw junk) as an outside producer would.
 */
public final class KafkaProbe implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();

    private KafkaProbe(List<String> topics) {
        String brokers = EmbeddedInfrastructure.bootstrapServers();
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "500");
        consumer = new KafkaConsumer<>(consumerProps, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(java.util.regex.Pattern.compile(String.join("|", topics.stream()
                .map(java.util.regex.Pattern::quote).toList())));
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        producer = new KafkaProducer<>(producerProps, new ByteArraySerializer(), new ByteArraySerializer());
    }

    public static KafkaProbe on(String... topics) {
        return new KafkaProbe(List.of(topics));
    }

    /** Sends a CloudEvent in Kafka binary mode and waits for the broker's acknowledgement. */
    public void send(String topic, String key, CloudEvent event) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8),
                event.getData() == null ? new byte[0] : event.getData().toBytes());
        KafkaCloudEvents.headers(event).forEach((name, value) -> record.headers().add(name, value));
        sendAndWait(record);
    }

    /** Sends a record as given, however malformed. */
    public void sendRaw(String topic, String key, byte[] value, Map<String, String> headers) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value);
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        sendAndWait(record);
    }

    /** Waits until a record matching {@code wanted} has been seen, and returns it. */
    public ConsumerRecord<byte[], byte[]> await(Predicate<ConsumerRecord<byte[], byte[]>> wanted, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var match = seen.stream().filter(wanted).findFirst();
            if (match.isPresent()) {
                return match.get();
            }
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        throw new AssertionError("No matching record within " + timeout + "; saw " + seen.size() + " records");
    }

    /** Everything that arrived within {@code quiet} more of polling, added to what was seen before. */
    public List<ConsumerRecord<byte[], byte[]>> drain(Duration quiet) {
        Instant deadline = Instant.now().plus(quiet);
        while (Instant.now().isBefore(deadline)) {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        }
        return List.copyOf(seen);
    }

    public static Predicate<ConsumerRecord<byte[], byte[]>> ofType(EventType type, String subject) {
        return record -> type.cloudEventType().equals(header(record, "ce_type"))
                && subject.equals(header(record, "ce_subject"));
    }

    public static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    public static CloudEvent cloudEvent(ConsumerRecord<byte[], byte[]> record) {
        Map<String, byte[]> headers = new HashMap<>();
        record.headers().forEach(header -> headers.put(header.key(), header.value()));
        return KafkaCloudEvents.read(headers, record.value());
    }

    @Override
    public void close() {
        consumer.close();
        producer.close();
    }

    private void sendAndWait(ProducerRecord<byte[], byte[]> record) {
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("The embedded broker did not take the record", e);
        }
    }
}
