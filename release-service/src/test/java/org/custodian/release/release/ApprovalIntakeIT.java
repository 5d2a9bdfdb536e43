package org.custodian.release.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Approvals arrive as request-service publishes them; releases leave as the audit log and others read them. */
class ApprovalIntakeIT extends ReleaseServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void anApprovalIsReleasedAndPublishedWithTheEraseByDateOfItsObligations() {
        String requestId = newRequestId();
        String researcher = "r-" + UUID.randomUUID();
        publish(approval(requestId, researcher, Outcome.ALLOW));

        ConsumerRecord<byte[], byte[]> record = kafka.await(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId), WAIT);

        ReleaseIssued issued = (ReleaseIssued) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
        assertThat(issued.releaseId()).isEqualTo(ReleaseId.forRequest(requestId).value());
        assertThat(issued.eraseBy()).isEqualTo(ERASE_BY);
        assertThat(issued.obligations()).isEqualTo(OBLIGATIONS);
        assertThat(issued.researcherId()).isEqualTo(researcher);
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(requestId);
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo("release-service");

        HttpApi.Response shown = api.get("/api/releases/" + issued.releaseId(), TestTokens.token(researcher, "researcher"));
        assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
        assertThat(shown.json().at("/request_id").asText()).isEqualTo(requestId);
        assertThat(shown.json().at("/erase_by").asText()).isEqualTo("2027-11-22");
        assertThat(shown.json().at("/obligations/access_mode").asText()).isEqualTo("secure_enclave");
        assertThat(shown.json().at("/state").asText()).isEqualTo("ISSUED");
    }

    @Test
    void aRedeliveredApprovalIsReleasedOnce() {
        String requestId = newRequestId();
        RequestApproved approval = approval(requestId, "r-1", Outcome.ALLOW);
        String eventId = publish(approval);
        publish(approval, eventId);

        kafka.await(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId), WAIT);
        awaitConsumed();

        assertOneRelease(requestId);
    }

    @Test
    void aSecondApprovalOfTheSameRequestDoesNotReleaseAgain() {
        String requestId = newRequestId();
        publish(approval(requestId, "r-1", Outcome.ALLOW));
        publish(approval(requestId, "r-1", Outcome.ALLOW));

        kafka.await(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId), WAIT);
        awaitConsumed();

        assertOneRelease(requestId);
        assertThat(deadLettersKeyed(requestId)).as("a refusal is not a poison record").isEmpty();
    }

    @Test
    void anApprovalRestingOnADenyDecisionReleasesNothing() {
        String requestId = newRequestId();
        publish(approval(requestId, "r-1", Outcome.DENY));

        awaitConsumed();

        assertThat(releasesOfRequest(requestId)).isZero();
        assertThat(storedEventsOf(ReleaseId.forRequest(requestId).value())).isZero();
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId))).isEmpty();
        assertThat(deadLettersKeyed(requestId)).isEmpty();
    }

    @Test
    void anApprovalWithoutAnEraseByDateBreaksTheContractAndIsDeadLettered() {
        String requestId = newRequestId();
        ObjectNode data = ContractJson.mapper().valueToTree(approval(requestId, "r-1", Outcome.ALLOW));
        ((ObjectNode) data.get("obligations")).remove("erase_by");
        CloudEvent broken = CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                .withSource(URI.create("/request-service")).withType(EventType.REQUEST_APPROVED.cloudEventType())
                .withSubject(requestId).withTime(OffsetDateTime.now()).withDataContentType(GovernanceCloudEvents.JSON)
                .withExtension(GovernanceCloudEvents.ACTOR_EXTENSION, "request-service")
                .withData(data.toString().getBytes(StandardCharsets.UTF_8)).build();

        kafka.send(Topic.REQUESTS.topicName(), requestId, broken);

        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> isDeadLetterKeyed(record, requestId), WAIT);
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("erase_by");
        assertThat(releasesOfRequest(requestId)).isZero();
        assertThat(storedEventsOf(ReleaseId.forRequest(requestId).value())).isZero();
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopic() {
        String key = "junk-" + UUID.randomUUID();
        kafka.sendRaw(Topic.REQUESTS.topicName(), key, "{\"not\": \"a cloud event\"}".getBytes(StandardCharsets.UTF_8),
                Map.of());

        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> isDeadLetterKeyed(record, key), WAIT);

        assertThat(KafkaProbe.header(dead, "x-exception-message")).isNotBlank();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).contains("a cloud event");
    }

    private void assertOneRelease(String requestId) {
        String releaseId = ReleaseId.forRequest(requestId).value();
        await().atMost(WAIT).until(() -> releasesOfRequest(requestId) == 1);
        assertThat(storedEventsOf(releaseId)).isEqualTo(1);
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.RELEASE_ISSUED, requestId))).hasSize(1);
    }

    private List<ConsumerRecord<byte[], byte[]>> deadLettersKeyed(String key) {
        return kafka.drain(Duration.ofSeconds(1)).stream().filter(record -> isDeadLetterKeyed(record, key)).toList();
    }

    private static boolean isDeadLetterKeyed(ConsumerRecord<byte[], byte[]> record, String key) {
        return record.topic().equals(DEAD_LETTERS) && record.key() != null
                && key.equals(new String(record.key(), StandardCharsets.UTF_8));
    }
}
