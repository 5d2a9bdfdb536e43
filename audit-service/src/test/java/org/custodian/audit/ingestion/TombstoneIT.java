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

/**
 * A tombstone (a record with a key and no value, as log compaction or a careless producer makes) is no
 * event: it is dead-lettered like any record that cannot be logged, and never stalls its partition.
 */
class TombstoneIT extends AuditServiceIntegration {

    private KafkaProbe kafka;

    @BeforeEach
    void probe() {
        kafka = KafkaProbe.on(Topic.REQUESTS.deadLetterTopic("audit-service"));
    }

    @AfterEach
    void close() {
        kafka.close();
    }

    @Test
    void aTombstoneIsDeadLetteredAndTheEventsAfterItAreLogged() {
        String request = newSubject("req");
        long before = entryCount();

        kafka.sendRaw(Topic.REQUESTS.topicName(), request, null, Map.of());
        CloudEvent after = publish(Events.requestSubmitted(request), "r-1");

        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> request.equals(key(record)), Duration.ofSeconds(60));
        assertThat(dead.value()).isNull();
        assertThat(KafkaProbe.header(dead, "x-exception-message")).isNotBlank();
        assertThat(KafkaProbe.header(dead, "x-original-topic")).isEqualTo(Topic.REQUESTS.topicName());
        assertThat(awaitEntries(request, 1)).extracting(e -> e.at("/event_id").asText()).containsExactly(after.getId());
        assertThat(entryCount()).isEqualTo(before + 1);
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }
}
