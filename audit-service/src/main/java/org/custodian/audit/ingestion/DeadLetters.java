package org.custodian.audit.ingestion;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes the records of a batch that cannot be logged to {@code <topic>.audit-service.dlq}, key,
 * value and headers unchanged, with the reason in {@code x-exception-message} and the origin in the
 * {@code x-original-*} headers the binder's own dead-letter handling writes. Synchronously: a batch's
 * offsets are committed only after its dead letters are stored.
 */
@Component
class DeadLetters implements DisposableBean {

    static final String EXCEPTION_MESSAGE = "x-exception-message";
    private static final long TIMEOUT_SECONDS = 30;

    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> kafka;
    private final MeterRegistry meters;

    DeadLetters(KafkaProperties properties, MeterRegistry meters) {
        Map<String, Object> config = properties.buildProducerProperties(null);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        this.producers = new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(), new ByteArraySerializer());
        this.kafka = new KafkaTemplate<>(producers);
        this.meters = meters;
    }

    @Override
    public void destroy() {
        producers.destroy();
    }

    void publish(List<DeadLetter> letters) {
        try {
            for (var sent : letters.stream().map(letter -> kafka.send(record(letter))).toList()) {
                sent.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering", e);
        } catch (ExecutionException | TimeoutException e) {
            // thrown, so the batch is redelivered: its entries are skipped as logged, its dead letters sent again
            throw new IllegalStateException("Dead letters could not be published", e);
        }
        letters.forEach(letter -> meters.counter("custodian.audit.dead.letters", "topic", letter.record().delivery().topic())
                .increment());
    }

    private static ProducerRecord<byte[], byte[]> record(DeadLetter letter) {
        ConsumedRecord consumed = letter.record();
        Delivery from = consumed.delivery();
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(DeadLetterTopics.name(from.topic()), null,
                consumed.key(), consumed.value());
        consumed.headers().forEach((name, value) -> {
            byte[] bytes = value instanceof byte[] raw ? raw : value instanceof String text ? utf8(text) : null;
            if (bytes != null && !name.startsWith("kafka_") && !name.startsWith("x-")) {
                record.headers().add(name, bytes);
            }
        });
        record.headers().add("x-original-topic", utf8(from.topic()))
                .add("x-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(from.partition()).array())
                .add("x-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(from.offset()).array())
                .add("x-exception-fqcn", utf8(letter.reason().getClass().getName()))
                .add(EXCEPTION_MESSAGE, utf8(String.valueOf(letter.reason().getMessage())));
        return record;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A record that cannot be logged, and why. */
    record DeadLetter(ConsumedRecord record, RuntimeException reason) {
    }
}
