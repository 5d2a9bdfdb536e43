package org.custodian.audit.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.Events;
import org.custodian.contracts.Topic;
import org.custodian.testing.KafkaProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A record that is not a CloudEvent never blocks a partition and never disappears: it is dead-lettered. */
class DeadLetterIT extends AuditServiceIntegration {

    private KafkaProbe kafka;

    @BeforeEach
    void probe() {
        kafka = KafkaProbe.on(Topic.REQUESTS.deadLetterTopic("audit-service"), Topic.INBOUND.deadLetterTopic("audit-service"));
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToItsTopicsDeadLetterTopicAndIsNotLogged() {
        String request = newSubject("req");
        long before = entryCount();

        kafka.sendRaw(Topic.REQUESTS.topicName(), request, "{\"not\": \"a cloud event\"}".getBytes(), Map.of());
        CloudEvent after = publish(Events.requestSubmitted(request), "r-1");

        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> record.topic()
                .equals("custodian.requests.v1.audit-service.dlq") && request.equals(key(record)), Duration.ofSeconds(60));
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("Not a CloudEvent");
        assertThat(awaitEntries(request, 1)).extracting(e -> e.at("/event_id").asText()).containsExactly(after.getId());
        assertThat(entryCount()).isEqualTo(before + 1);
    }

    @Test
    void eachTopicHasItsOwnDeadLetterTopic() {
        String subject = newSubject("inbound");

        kafka.sendRaw(Topic.INBOUND.topicName(), subject, "junk".getBytes(), Map.of("ce_specversion", "1.0"));

        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> subject.equals(key(record)), Duration.ofSeconds(60));
        assertThat(dead.topic()).isEqualTo(Topic.INBOUND.deadLetterTopic("audit-service"));
        assertThat(KafkaProbe.header(dead, "x-original-topic")).isEqualTo(Topic.INBOUND.topicName());
        assertThat(KafkaProbe.header(dead, "x-exception-message")).isNotBlank();
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }
}
