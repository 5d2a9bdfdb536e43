package org.custodian.policy.decision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.EventType;
import org.custodian.contracts.Topic;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.policy.PolicyServiceIntegration;
import org.custodian.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

/** A poison record never blocks the partition and never disappears: it is parked with the reason, and decides nothing. */
class DeadLetterIT extends PolicyServiceIntegration {

    private static final String DEAD_LETTERS = Topic.REQUESTS.deadLetterTopic("policy-service");

    @Test
    void aRecordThatIsNoCloudEventIsDeadLetteredWithTheReason() {
        String key = unique("req");

        kafka.sendRaw(Topic.REQUESTS.topicName(), key, "{not a cloud event".getBytes(StandardCharsets.UTF_8), Map.of());

        ConsumerRecord<byte[], byte[]> parked = kafka.await(deadLetterKeyed(key), PATIENCE);
        assertThat(KafkaProbe.header(parked, "x-exception-message")).contains("Not a CloudEvent");
        assertNoDecision(key);
    }

    @Test
    void aTombstoneIsDeadLetteredAtOnceAndTheNextSubmissionOfItsPartitionIsDecided() {
        String requestId = unique("req");

        kafka.sendRaw(Topic.REQUESTS.topicName(), requestId, null, Map.of());
        publish(request(requestId, "r-1", "ds-1", DS), unique("evt"), SUBMITTED_AT);

        ConsumerRecord<byte[], byte[]> parked = kafka.await(deadLetterKeyed(requestId), PATIENCE);
        assertThat(parked.value()).isNull();
        assertThat(KafkaProbe.header(parked, "x-exception-message")).isNotBlank();
        kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), PATIENCE);
    }

    @Test
    void aSubmissionThatBreaksItsSchemaIsDeadLetteredNamingTheField() {
        String requestId = unique("req");
        ObjectNode data = ContractJson.mapper().valueToTree(request(requestId, "r-1", "ds-1", DS));
        data.remove("duration_days");
        CloudEvent broken = CloudEventBuilder.v1().withId(unique("evt")).withSource(URI.create("/request-service"))
                .withType(EventType.REQUEST_SUBMITTED.cloudEventType()).withSubject(requestId)
                .withTime(SUBMITTED_AT.atOffset(ZoneOffset.UTC)).withDataContentType("application/json")
                .withData(data.toString().getBytes(StandardCharsets.UTF_8)).build();

        kafka.send(Topic.REQUESTS.topicName(), requestId, broken);

        ConsumerRecord<byte[], byte[]> parked = kafka.await(deadLetterKeyed(requestId), PATIENCE);
        assertThat(KafkaProbe.header(parked, "x-exception-message")).contains("duration_days");
        assertNoDecision(requestId);
    }

    @Test
    void eventsThePolicyDoesNotActOnAreIgnoredNotDeadLettered() {
        String requestId = unique("req");
        CloudEvent notYetKnown = CloudEventBuilder.v1().withId(unique("evt")).withSource(URI.create("/request-service"))
                .withType("org.custodian.review.vote-cast.v1").withSubject(requestId)
                .withTime(SUBMITTED_AT.atOffset(ZoneOffset.UTC)).withDataContentType("application/json")
                .withData("{\"request_id\": \"x\"}".getBytes(StandardCharsets.UTF_8)).build();
        kafka.send(Topic.REQUESTS.topicName(), requestId, notYetKnown);
        publish(new RequestRejected(requestId, "dec-1", List.of()), unique("evt"), SUBMITTED_AT);

        // Same key, same partition: once this submission is decided, the two events before it were consumed.
        publish(request(requestId, "r-1", "ds-1", DS), unique("evt"), SUBMITTED_AT);

        kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), PATIENCE);
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream().filter(deadLetterKeyed(requestId))).isEmpty();
    }

    private void assertNoDecision(String requestId) {
        assertThat(rows("decision", "request_id", requestId)).isZero();
        assertThat(rows("domainevententry", "aggregateidentifier", requestId)).isZero();
        assertThat(kafka.drain(Duration.ofSeconds(1)).stream().filter(KafkaProbe.ofType(EventType.DECISION_MADE, requestId)))
                .isEmpty();
    }

    private static Predicate<ConsumerRecord<byte[], byte[]>> deadLetterKeyed(String key) {
        return record -> DEAD_LETTERS.equals(record.topic()) && record.key() != null
                && key.equals(new String(record.key(), StandardCharsets.UTF_8));
    }
}
