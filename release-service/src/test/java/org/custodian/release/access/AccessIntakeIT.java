package org.custodian.release.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.KafkaProbe;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.custodian.testing.TestTokens;

/** Access logs produced to {@code custodian.inbound.v1}, as an enclave or request-service's ingress sends them. */
@ExtendWith(OutputCaptureExtension.class)
class AccessIntakeIT extends ReleaseServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private String requestId;
    private String researcher;
    private String releaseId;

    @BeforeEach
    void aRelease() {
        requestId = newRequestId();
        researcher = "r-" + UUID.randomUUID();
        releaseId = release(approval(requestId, researcher, ERASE_BY));
        // the uses below happen on 10 January 2027; Custodian's clock must have reached that day
        CLOCK.travelTo(LocalDate.parse("2027-01-10"), Duration.ofHours(10));
    }

    @Test
    void anAccessWithinTheTermsIsRecordedWithWhoWhatWhenAndWhere() {
        CloudEvent logged = accessLogged(releaseId, researcher, "2027-01-10T09:30:00Z");
        send(logged);

        ConsumerRecord<byte[], byte[]> record = kafka.await(KafkaProbe.ofType(EventType.RELEASE_ACCESSED, requestId), WAIT);

        ReleaseAccessed accessed = (ReleaseAccessed) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
        assertThat(accessed.releaseId()).isEqualTo(releaseId);
        assertThat(accessed.accessId()).isEqualTo("/enclave " + logged.getId());
        assertThat(accessed.access().researcherId()).isEqualTo(researcher);
        assertThat(accessed.access().datasetId()).isEqualTo("ds-trials");
        assertThat(accessed.access().fields()).containsExactly("hba1c");
        assertThat(accessed.access().rows()).isEqualTo(1200L);
        assertThat(accessed.access().origin()).isEqualTo("enclave-eu-1");
        assertThat(accessed.access().accessedAt()).isEqualTo(Instant.parse("2027-01-10T09:30:00Z"));
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(requestId);
        assertThat(KafkaProbe.header(record, "ce_actor")).as("produced straight to the topic: its source acted")
                .isEqualTo("/enclave");
        assertThat(KafkaProbe.header(record, "ce_onbehalfof")).as("its actor extension, an unverified claim").isEqualTo("enclave-eu");
    }

    @Test
    void anAccessPostedThroughTheDoorIsCreditedToTheIntegrationThatPostedItBesideWhomItActedFor() {
        CloudEvent verified = CloudEventBuilder.v1(accessLogged(releaseId, researcher, "2027-01-10T09:30:00Z"))
                .withExtension("actor", "enclave-eu").withExtension("onbehalfof", "sam")
                .withExtension("actorverifiedby", "/request-service").build();
        send(verified);

        ConsumerRecord<byte[], byte[]> record = kafka.await(KafkaProbe.ofType(EventType.RELEASE_ACCESSED, requestId), WAIT);

        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo("enclave-eu");
        assertThat(KafkaProbe.header(record, "ce_onbehalfof")).isEqualTo("sam");
    }

    @Test
    void anAccessAfterExpiryIsAViolationAndLoggedAtWarn(CapturedOutput output) {
        CLOCK.travelTo(ERASE_BY, Duration.ofHours(1));
        send(accessLogged(releaseId, researcher, ERASE_BY + "T00:00:00Z"));

        ReleaseAccessViolated violated = (ReleaseAccessViolated) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.RELEASE_ACCESS_VIOLATED, requestId), WAIT)));

        assertThat(violated.violations()).containsExactly("EXPIRED");
        assertThat(storedEvents(ReleaseAccessed.class, releaseId)).isZero();
        assertThat(output.getAll()).contains("WARN").contains("Access violation on release " + releaseId);
    }

    @Test
    void anAccessByAnotherResearcherIsAViolation() {
        send(accessLogged(releaseId, "r-intruder", "2027-01-10T09:30:00Z"));

        ReleaseAccessViolated violated = (ReleaseAccessViolated) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.RELEASE_ACCESS_VIOLATED, requestId), WAIT)));

        assertThat(violated.violations()).containsExactly("WRONG_RESEARCHER");
        assertThat(violated.access().researcherId()).isEqualTo("r-intruder");
    }

    @Test
    void anAccessToAnUnknownReleaseIsAViolationKeyedByTheClaimedRelease() {
        String unknown = "rel-" + UUID.randomUUID();
        send(accessLogged(unknown, researcher, "2027-01-10T09:30:00Z"));

        ConsumerRecord<byte[], byte[]> record = kafka.await(KafkaProbe.ofType(EventType.RELEASE_ACCESS_VIOLATED, unknown), WAIT);

        ReleaseAccessViolated violated = (ReleaseAccessViolated) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
        assertThat(violated.violations()).containsExactly("UNKNOWN_RELEASE");
        assertThat(violated.requestId()).isNull();
        assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo(unknown);
        assertThat(releasesOfRequest(requestId)).isEqualTo(1);
    }

    @Test
    void aReplayedAccessLogIsRecordedOnce() {
        CloudEvent logged = accessLogged(releaseId, researcher, "2027-01-10T09:30:00Z");
        send(logged);
        send(logged);
        // the same id from another source is another access
        send(CloudEventBuilder.v1(logged).withSource(URI.create("/other-enclave")).build());

        kafka.await(KafkaProbe.ofType(EventType.RELEASE_ACCESSED, requestId), WAIT);
        org.awaitility.Awaitility.await().atMost(WAIT).until(() -> storedEvents(ReleaseAccessed.class, releaseId) == 2);

        assertThat(published(EventType.RELEASE_ACCESSED, requestId)).hasSize(2);
        assertThat(storedEvents(ReleaseAccessed.class, releaseId)).isEqualTo(2);
    }

    @Test
    void anInvalidAccessLogIsCountedAndDeadLetteredAndRecordsNothing() {
        double before = invalidCount();
        String id = UUID.randomUUID().toString();
        send(CloudEventBuilder.v1(accessLogged(releaseId, researcher, "2027-01-10T09:30:00Z")).withId(id)
                .withData(("{\"release_id\":\"" + releaseId + "\",\"researcher_id\":\"" + researcher + "\"}").getBytes()).build());

        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> record.topic().equals(INBOUND_DEAD_LETTERS)
                && id.equals(KafkaProbe.header(record, "ce_id")), WAIT);

        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("dataset_id");
        assertThat(invalidCount()).isGreaterThan(before);
        assertThat(storedEvents(ReleaseAccessed.class, releaseId) + storedEvents(ReleaseAccessViolated.class, releaseId)).isZero();
    }

    @Test
    void anAccessLoggedAtAnImpossibleTimeIsDeadLetteredAndRecordsNothing() {
        String id = UUID.randomUUID().toString();
        send(CloudEventBuilder.v1(accessLogged(releaseId, researcher, "2027-01-11T00:00:00Z")).withId(id).build());

        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> record.topic().equals(INBOUND_DEAD_LETTERS)
                && id.equals(KafkaProbe.header(record, "ce_id")), WAIT);

        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("ACCESSED_IN_FUTURE");
        assertThat(storedEvents(ReleaseAccessed.class, releaseId) + storedEvents(ReleaseAccessViolated.class, releaseId)).isZero();
    }

    @Test
    void aTombstoneIsDeadLetteredAndRecordsNothing() {
        String key = "tombstone-" + UUID.randomUUID();
        kafka.sendRaw(Topic.INBOUND.topicName(), key, null, Map.of());

        ConsumerRecord<byte[], byte[]> dead = kafka.await(record -> record.topic().equals(INBOUND_DEAD_LETTERS)
                && record.key() != null && key.equals(new String(record.key(), StandardCharsets.UTF_8)), WAIT);

        assertThat(dead.value()).isNull();
        assertThat(storedEvents(ReleaseAccessed.class, releaseId) + storedEvents(ReleaseAccessViolated.class, releaseId)).isZero();
    }

    @Test
    void aRecordThatIsNotACloudEventIsCountedAndDeadLettered() {
        double before = invalidCount();
        String key = "junk-" + UUID.randomUUID();
        kafka.sendRaw(Topic.INBOUND.topicName(), key, "not json".getBytes(StandardCharsets.UTF_8), Map.of());

        kafka.await(record -> record.topic().equals(INBOUND_DEAD_LETTERS) && record.key() != null
                && key.equals(new String(record.key(), StandardCharsets.UTF_8)), WAIT);

        assertThat(invalidCount()).isGreaterThan(before);
    }

    @Test
    void inboundEventsForOtherServicesAreLeftAlone() {
        String id = UUID.randomUUID().toString();
        send(CloudEventBuilder.v1().withId(id).withSource(URI.create("/irb")).withType("org.custodian.integration.irb.expired.v1")
                .withDataContentType("application/json").withData(("{\"researcher_id\":\"" + researcher
                        + "\",\"reference\":\"IRB-1\",\"expired_on\":\"2026-11-21\"}").getBytes()).build());
        send(accessLogged(releaseId, researcher, "2027-01-10T09:30:00Z"));

        // records of one key are consumed in order: once the access is in, the IRB report was seen
        kafka.await(KafkaProbe.ofType(EventType.RELEASE_ACCESSED, requestId), WAIT);

        assertThat(kafka.drain(Duration.ofSeconds(1)).stream().filter(record -> record.topic().equals(INBOUND_DEAD_LETTERS)
                && id.equals(KafkaProbe.header(record, "ce_id")))).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(releaseId)
                .query(Long.class).single()).isEqualTo(2);
    }

    private void send(CloudEvent event) {
        kafka.send(Topic.INBOUND.topicName(), releaseId, event);
    }

    private double invalidCount() {
        return api.get("/actuator/prometheus", TestTokens.token("ops-admin", "admin")).raw().lines()
                .filter(line -> line.startsWith("custodian_inbound_invalid_total") && line.contains("consumer=\"release-service\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    static CloudEvent accessLogged(String releaseId, String researcher, String at) {
        String data = "{\"release_id\":\"" + releaseId + "\",\"researcher_id\":\"" + researcher + "\",\"dataset_id\":\"ds-trials\","
                + "\"fields\":[\"hba1c\"],\"rows\":1200,\"origin\":\"enclave-eu-1\",\"accessed_at\":\"" + at + "\"}";
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/enclave"))
                .withType("org.custodian.integration.access.logged.v1").withSubject(releaseId)
                .withExtension("actor", "enclave-eu").withDataContentType("application/json")
                .withData(data.getBytes(StandardCharsets.UTF_8)).build();
    }
}
