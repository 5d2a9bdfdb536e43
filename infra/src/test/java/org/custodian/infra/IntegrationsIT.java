package org.custodian.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.custodian.testing.HttpApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every accepted outside event end to end, as integrators send them: over HTTP (structured with a Standard
 * Webhooks signature, binary with an integration token, batched) and produced straight to the inbound topic
 * by a plain Kafka producer; each reaches the service that owns what it reports, and the audit log.
 */
class IntegrationsIT {

    private static final String DATASET = "ds-integrations";
    private static final String PREFIX = "org.custodian.integration.";

    private static PlatformUnderTest platform;

    @BeforeAll
    static void registerCatalog() {
        platform = PlatformUnderTest.get();
        platform.registerDataset(DATASET, "auto", List.of("DUO:0000006"));
    }

    @Test
    void anAccessSignedByTheEnclaveIsRecordedOnTheLiveRelease() throws Exception {
        String researcher = registeredResearcher();
        JsonNode release = releasedTo(researcher);
        String releaseId = release.at("/id").asText();

        HttpApi.Response posted = postSigned(structured("access.logged", "{\"release_id\":\"" + releaseId
                + "\",\"researcher_id\":\"" + researcher + "\",\"dataset_id\":\"" + DATASET
                + "\",\"fields\":[\"hba1c\"],\"rows\":120,\"origin\":\"enclave-eu-1\",\"accessed_at\":\""
                + Instant.now() + "\"}"));

        assertThat(posted.status()).as(posted.raw()).isEqualTo(202);
        JsonNode entry = platform.awaitAuditEntry(release.at("/request_id").asText(), "org.custodian.release.accessed.v1");
        assertThat(entry.toString()).contains(releaseId).contains("enclave-eu-1");
    }

    @Test
    void anAccessToAReleaseThatDoesNotExistIsAViolation() {
        String researcher = registeredResearcher();
        String releaseId = "rel-" + UUID.randomUUID();

        HttpApi.Response posted = platform.requests.post("/api/events", platform.integration, "{\"release_id\":\""
                + releaseId + "\",\"researcher_id\":\"" + researcher + "\",\"dataset_id\":\"" + DATASET
                + "\",\"accessed_at\":\"" + Instant.now() + "\"}", binaryHeaders("access.logged"));

        assertThat(posted.status()).as(posted.raw()).isEqualTo(202);
        platform.awaitAuditEntry(releaseId, "org.custodian.release.access-violated.v1");
    }

    @Test
    void anIrbExpiryProducedStraightToKafkaRemovesTheApproval() {
        String researcher = registeredResearcher();

        produceToInbound(researcher, "irb.expired", "{\"researcher_id\":\"" + researcher
                + "\",\"reference\":\"IRB-22-104\",\"expired_on\":\"2026-11-21\"}");

        await().atMost(PlatformUnderTest.ASYNC).until(() -> researcherView(researcher).at("/irb").isNull());
        platform.awaitAuditEntry(researcher, "org.custodian.researcher.credentials-changed.v1");
    }

    @Test
    void aSignedDsaAndAnOffboardingPostedAsABatchUpdateTheResearcher() {
        String researcher = "r-" + UUID.randomUUID();
        platform.registerResearcher(researcher, "inst-1", false);
        String batch = "[" + structured("dsa.signed", "{\"researcher_id\":\"" + researcher
                + "\",\"version\":\"DSA-2026\",\"signed_on\":\"2026-11-20\"}") + ","
                + structured("researcher.offboarded", "{\"researcher_id\":\"" + researcher
                + "\",\"institution\":\"inst-1\",\"effective\":\"2026-12-01\"}") + "]";

        HttpApi.Response posted = platform.requests.post("/api/events", platform.integration, batch,
                Map.of("Content-Type", "application/cloudevents-batch+json"));

        assertThat(posted.status()).as(posted.raw()).isEqualTo(202);
        assertThat(posted.json().findValuesAsText("status")).containsExactly("ACCEPTED", "ACCEPTED");
        await().atMost(PlatformUnderTest.ASYNC).until(() -> !researcherView(researcher).at("/vetted").asBoolean());
        List<String> types = platform.awaitAuditTypes(researcher, 3);
        assertThat(types).containsExactly("org.custodian.researcher.registered.v1",
                "org.custodian.researcher.credentials-changed.v1", "org.custodian.researcher.credentials-changed.v1");
    }

    @Test
    void hrOffboardingAResearcherRevokesTheirLiveRelease() throws Exception {
        String researcher = registeredResearcher();
        JsonNode release = releasedTo(researcher);

        HttpApi.Response posted = postSigned(structured("researcher.offboarded", "{\"researcher_id\":\"" + researcher
                + "\",\"institution\":\"inst-1\",\"effective\":\"2026-12-01\"}"));

        assertThat(posted.status()).as(posted.raw()).isEqualTo(202);
        String path = "/api/releases/" + release.at("/id").asText();
        await().atMost(PlatformUnderTest.ASYNC).until(() ->
                platform.releases.get(path, platform.steward).json().at("/state").asText().equals("REVOKED"));
        platform.awaitAuditEntry(release.at("/request_id").asText(), "org.custodian.release.revoked.v1");
    }

    @Test
    void aConsentPlatformsWithdrawalBecomesAnErasureRequestOnTheReleaseHoldingTheData() {
        String dataset = "ds-consent-" + UUID.randomUUID().toString().substring(0, 8);
        platform.registerDataset(dataset, "auto", List.of("DUO:0000006"));
        String researcher = registeredResearcher();
        String token = platform.token(researcher, "researcher");
        String requestId = platform.submit(token, PlatformUnderTest.diabetesResearch(), dataset);
        platform.awaitState(requestId, token, "APPROVED");
        String path = "/api/releases/" + platform.releaseOf(requestId, token).at("/id").asText();

        produceToInbound(dataset, "consent.withdrawn", "{\"dataset_id\":\"" + dataset
                + "\",\"cohort\":\"cohort-2019\",\"subject_refs\":[\"subj-17\"],\"withdrawn_at\":\"" + Instant.now() + "\"}");

        await().atMost(PlatformUnderTest.ASYNC).until(() ->
                platform.releases.get(path, platform.steward).json().at("/erasure_requests").size() == 1);
        JsonNode request = platform.releases.get(path, platform.steward).json().at("/erasure_requests/0");
        assertThat(request.at("/subject_refs/0").asText()).isEqualTo("subj-17");
        assertThat(request.at("/reason").asText()).isEqualTo("consent.withdrawn");
        platform.awaitAuditEntry(dataset, "org.custodian.consent.withdrawn.v1");
        platform.awaitAuditEntry(requestId, "org.custodian.decision.re-evaluated.v1");
    }

    private static String registeredResearcher() {
        String id = "r-" + UUID.randomUUID();
        platform.registerResearcher(id, "inst-1");
        return id;
    }

    private static JsonNode releasedTo(String researcher) {
        String token = platform.token(researcher, "researcher");
        String requestId = platform.submit(token, PlatformUnderTest.diabetesResearch(), DATASET);
        platform.awaitState(requestId, token, "APPROVED");
        return platform.releaseOf(requestId, token);
    }

    private static JsonNode researcherView(String researcher) {
        return platform.requests.get("/api/researchers/" + researcher, platform.steward).json();
    }

    private static HttpApi.Response postSigned(String body) throws Exception {
        String messageId = "msg_" + UUID.randomUUID();
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/cloudevents+json");
        headers.put("webhook-id", messageId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", new Webhook(PlatformUnderTest.HR_WEBHOOK_SECRET).sign(messageId, timestamp, body));
        return platform.requests.post("/api/events", null, body, headers);
    }

    private static Map<String, String> binaryHeaders(String type) {
        return Map.of("Content-Type", "application/json", "ce-specversion", "1.0", "ce-id", UUID.randomUUID().toString(),
                "ce-source", "/enclave/eu-1", "ce-type", PREFIX + type + ".v1");
    }

    private static String structured(String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/integrations-e2e\",\"type\":\""
                + PREFIX + type + ".v1\",\"datacontenttype\":\"application/json\",\"data\":" + data + "}";
    }

    /** What a Kafka-native integrator writes: binary mode with the required attributes only. */
    private static void produceToInbound(String key, String type, String data) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config)) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>("custodian.inbound.v1", key,
                    data.getBytes(StandardCharsets.UTF_8));
            record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(UUID.randomUUID().toString()))
                    .add("ce_source", bytes("/irb-system")).add("ce_type", bytes(PREFIX + type + ".v1"));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("Producing to the inbound topic failed", e);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
