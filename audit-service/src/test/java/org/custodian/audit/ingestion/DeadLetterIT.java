package org.custodian.audit.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 * A record that cannot be logged (not a CloudEvent, no RFC 8785 form, text the database cannot store)
 * never blocks its partition, nor the good records of its batch, and never disappears: it is dead-lettered.
 */
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

    /** A tombstone (a key and no value, as compaction or a careless producer makes) is no event either. */
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

    @Test
    void eachTopicHasItsOwnDeadLetterTopic() {
        String subject = newSubject("inbound");

        kafka.sendRaw(Topic.INBOUND.topicName(), subject, "junk".getBytes(), Map.of("ce_specversion", "1.0"));

        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> subject.equals(key(record)), Duration.ofSeconds(60));
        assertThat(dead.topic()).isEqualTo(Topic.INBOUND.deadLetterTopic("audit-service"));
        assertThat(KafkaProbe.header(dead, "x-original-topic")).isEqualTo(Topic.INBOUND.topicName());
        assertThat(KafkaProbe.header(dead, "x-exception-message")).isNotBlank();
    }

    @Test
    void badRecordsAmongGoodOnesAreDeadLetteredWhileEveryGoodOneIsLoggedInOrder() {
        String subject = newSubject("mixed");
        List<String> logged = new ArrayList<>();
        CloudEvent tooLarge = outsideEvent(subject, "{\"bytes\": 1e400}");
        for (int i = 0; i < 30; i++) {
            if (i == 7) {
                kafka.sendRaw(Topic.INBOUND.topicName(), subject, "not a cloud event".getBytes(), Map.of());
            }
            if (i == 19) {
                publish(Topic.INBOUND, subject, tooLarge);
            }
            CloudEvent good = outsideEvent(subject, "{\"n\": " + i + "}");
            publish(Topic.INBOUND, subject, good);
            logged.add(good.getId());
        }

        ConsumerRecord<byte[], byte[]> notACloudEvent = kafka.await(record -> subject.equals(key(record))
                && KafkaProbe.header(record, "ce_id") == null, Duration.ofSeconds(60));
        ConsumerRecord<byte[], byte[]> noCanonicalForm = kafka.await(record -> subject.equals(key(record))
                && tooLarge.getId().equals(KafkaProbe.header(record, "ce_id")), Duration.ofSeconds(60));
        assertThat(KafkaProbe.header(notACloudEvent, "x-exception-message")).contains("Not a CloudEvent");
        assertThat(KafkaProbe.header(noCanonicalForm, "x-exception-message")).contains("cannot be logged").contains("RFC 8785");
        assertThat(List.of(notACloudEvent, noCanonicalForm)).allSatisfy(record -> {
            assertThat(record.topic()).isEqualTo(Topic.INBOUND.deadLetterTopic("audit-service"));
            assertThat(KafkaProbe.header(record, "x-original-topic")).isEqualTo(Topic.INBOUND.topicName());
        });
        assertThat(awaitEntries(subject, logged.size())).extracting(e -> e.at("/event_id").asText())
                .containsExactlyElementsOf(logged);
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    @Test
    void anEventWhoseTextTheDatabaseCannotStoreIsDeadLetteredWithTheReason() {
        String subject = newSubject("nul");
        publish(Topic.INBOUND, subject, outsideEvent(subject, "{\"note\": \"a\\u0000b\"}"));
        CloudEvent after = outsideEvent(subject, "{\"note\": \"fine\"}");
        publish(Topic.INBOUND, subject, after);

        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> subject.equals(key(record)), Duration.ofSeconds(60));
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("U+0000");
        assertThat(awaitEntries(subject, 1)).extracting(e -> e.at("/event_id").asText()).containsExactly(after.getId());
    }

    @Test
    void anEventTheDatabaseRefusesIsDeadLetteredAndTheRestOfItsBatchIsLogged() {
        String subject = newSubject("refused");
        CloudEvent poison = outsideEvent(subject, "{\"n\": -1}");
        // a constraint only this test's poison breaks, standing for any refusal the checks before appending miss
        jdbc.sql("ALTER TABLE audit_entry ADD CONSTRAINT test_refuses_poison CHECK (event_id <> '" + poison.getId()
                + "') NOT VALID").update();
        try {
            List<String> logged = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                if (i == 4) {
                    publish(Topic.INBOUND, subject, poison);
                }
                CloudEvent good = outsideEvent(subject, "{\"n\": " + i + "}");
                publish(Topic.INBOUND, subject, good);
                logged.add(good.getId());
            }

            ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> poison.getId().equals(KafkaProbe.header(record, "ce_id")),
                    Duration.ofSeconds(60));
            assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("test_refuses_poison");
            assertThat(awaitEntries(subject, logged.size())).extracting(e -> e.at("/event_id").asText())
                    .containsExactlyElementsOf(logged);
        } finally {
            jdbc.sql("ALTER TABLE audit_entry DROP CONSTRAINT test_refuses_poison").update();
        }
        assertThat(verify().at("/valid").asBoolean()).isTrue();
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }
}
