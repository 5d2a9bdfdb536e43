package org.custodian.request.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.Topic;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IngressIT extends RequestServiceIntegration {

    private static final String INTEGRATION = TestTokens.token("enclave-eu", "integration");
    private static final String ACCESS = "org.custodian.integration.access.logged.v1";
    private static final String STRUCTURED = "application/cloudevents+json";

    private KafkaProbe inbound;
    private long ledgerBefore;
    private String researcher;
    private String dataset;

    @BeforeEach
    void watchInbound() {
        researcher = "r-" + UUID.randomUUID();
        dataset = "ds-" + UUID.randomUUID();
        registerResearcher(researcher);
        registerDataset(dataset, List.of("DUO:0000006"), "auto");
        inbound = KafkaProbe.on(Topic.INBOUND.topicName());
        ledgerBefore = rows("inbound_event");
    }

    @AfterEach
    void stopWatching() {
        inbound.close();
    }

    @Test
    void aBinaryModeEventIsPublishedUnchangedWithWhoPostedIt() {
        String id = UUID.randomUUID().toString();
        Map<String, String> headers = Map.of("ce-specversion", "1.0", "ce-id", id, "ce-source", "/enclave/eu-1",
                "ce-type", ACCESS, "ce-subject", "rel-7", "ce-time", "2026-11-22T10:00:00Z");

        HttpApi.Response response = api.post("/api/events", INTEGRATION, accessData("rel-7"), headers);

        assertThat(response.status()).as(response.raw()).isEqualTo(202);
        assertThat(response.json().at("/status").asText()).isEqualTo("ACCEPTED");
        ConsumerRecord<byte[], byte[]> record = inbound.await(r -> id.equals(KafkaProbe.header(r, "ce_id")), Duration.ofSeconds(20));
        assertThat(KafkaProbe.header(record, "ce_source")).isEqualTo("/enclave/eu-1");
        assertThat(KafkaProbe.header(record, "ce_type")).isEqualTo(ACCESS);
        assertThat(KafkaProbe.header(record, "ce_time")).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo("enclave-eu");
        assertThat(new String(record.key())).isEqualTo("rel-7");
    }

    @Test
    void aRepeatedEventGetsItsOriginalAcceptanceAndIsPublishedOnce() {
        String event = structured(UUID.randomUUID().toString(), ACCESS, accessData("rel-8"));

        HttpApi.Response first = api.post("/api/events", INTEGRATION, event, Map.of("Content-Type", STRUCTURED));
        HttpApi.Response again = api.post("/api/events", INTEGRATION, event, Map.of("Content-Type", STRUCTURED));

        assertThat(first.status()).isEqualTo(202);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/status").asText()).isEqualTo("DUPLICATE");
        assertThat(again.json().at("/accepted_at").asText()).isEqualTo(first.json().at("/accepted_at").asText());
        String id = first.json().at("/id").asText();
        long published = inbound.drain(Duration.ofSeconds(3)).stream().filter(r -> id.equals(KafkaProbe.header(r, "ce_id"))).count();
        assertThat(published).isEqualTo(1);
    }

    @Test
    void aValidBatchIsAnsweredPerEvent() {
        String batch = "[" + structured(UUID.randomUUID().toString(), ACCESS, accessData("rel-9")) + ","
                + structured(UUID.randomUUID().toString(), "org.custodian.integration.irb.expired.v1",
                "{\"researcher_id\":\"" + researcher + "\",\"reference\":\"IRB-1\",\"expired_on\":\"2026-11-21\"}") + "]";

        HttpApi.Response response = api.post("/api/events", INTEGRATION, batch,
                Map.of("Content-Type", "application/cloudevents-batch+json"));

        assertThat(response.status()).as(response.raw()).isEqualTo(202);
        assertThat(response.json().at("/items").size()).isEqualTo(2);
        assertThat(response.json().findValuesAsText("status")).containsOnly("ACCEPTED");
        assertThat(rows("inbound_event")).isEqualTo(ledgerBefore + 2);
    }

    @Test
    void oneInvalidEventRefusesTheWholeBatchNamingIt() {
        String batch = "[" + structured(UUID.randomUUID().toString(), ACCESS, accessData("rel-10")) + ","
                + structured("bad-one", ACCESS, "{\"release_id\":\"rel-10\"}") + "]";

        HttpApi.Response response = api.post("/api/events", INTEGRATION, batch,
                Map.of("Content-Type", "application/cloudevents-batch+json"));

        assertProblem(response, 422, "INVALID_BATCH");
        assertThat(response.json().at("/errors/0/index").asInt()).isEqualTo(1);
        assertThat(response.json().at("/errors/0/id").asText()).isEqualTo("bad-one");
        assertThat(response.json().at("/errors/0/detail").asText()).contains("researcher_id");
    }

    @Test
    void anEventNamingAnUnknownResearcherIsRefusedNamingTheFieldAndNothingIsPublished() {
        String id = UUID.randomUUID().toString();
        String event = structured(id, "org.custodian.integration.irb.expired.v1",
                "{\"researcher_id\":\"r-nobody\",\"reference\":\"IRB-1\",\"expired_on\":\"2026-11-21\"}");

        HttpApi.Response response = api.post("/api/events", INTEGRATION, event, Map.of("Content-Type", STRUCTURED));

        assertProblem(response, 422, "UNKNOWN_RESEARCHER");
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("data.researcher_id");
        assertThat(response.json().at("/errors/0/value").asText()).isEqualTo("r-nobody");
        assertThat(response.json().at("/detail").asText()).contains("r-nobody");
        assertThat(inbound.drain(Duration.ofSeconds(2))).noneMatch(r -> id.equals(KafkaProbe.header(r, "ce_id")));
    }

    @Test
    void anAccessLogOrConsentWithdrawalForAnUnknownDatasetIsRefused() {
        String access = structured(UUID.randomUUID().toString(), ACCESS, accessData("rel-14").replace(dataset, "ds-nowhere"));
        String withdrawal = structured(UUID.randomUUID().toString(), "org.custodian.integration.consent.withdrawn.v1",
                "{\"dataset_id\":\"ds-nowhere\",\"subject_refs\":[\"s-1\"],\"withdrawn_at\":\"2026-11-21T10:00:00Z\"}");

        for (String event : List.of(access, withdrawal)) {
            HttpApi.Response response = api.post("/api/events", INTEGRATION, event, Map.of("Content-Type", STRUCTURED));

            assertProblem(response, 422, "UNKNOWN_DATASET");
            assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("data.dataset_id");
            assertThat(response.json().at("/errors/0/value").asText()).isEqualTo("ds-nowhere");
        }
    }

    @Test
    void oneUnknownReferenceRefusesTheWholeBatch() {
        String batch = "[" + structured(UUID.randomUUID().toString(), ACCESS, accessData("rel-15")) + ","
                + structured("stranger", ACCESS, accessData("rel-15").replace(researcher, "r-stranger")) + "]";

        HttpApi.Response response = api.post("/api/events", INTEGRATION, batch,
                Map.of("Content-Type", "application/cloudevents-batch+json"));

        assertProblem(response, 422, "INVALID_BATCH");
        assertThat(response.json().at("/errors").size()).isEqualTo(1);
        assertThat(response.json().at("/errors/0/index").asInt()).isEqualTo(1);
        assertThat(response.json().at("/errors/0/code").asText()).isEqualTo("UNKNOWN_RESEARCHER");
        assertThat(response.json().at("/errors/0/value").asText()).isEqualTo("r-stranger");
    }

    @Test
    void anUnknownTypeIsRefused() {
        String event = structured(UUID.randomUUID().toString(), "org.example.coffee.brewed.v1", "{}");

        assertProblem(api.post("/api/events", INTEGRATION, event, Map.of("Content-Type", STRUCTURED)), 422, "UNKNOWN_EVENT_TYPE");
    }

    @Test
    void dataThatBreaksTheSchemaIsRefusedNamingTheField() {
        Map<String, String> headers = Map.of("ce-specversion", "1.0", "ce-id", "x-1", "ce-source", "/irb",
                "ce-type", "org.custodian.integration.irb.expired.v1");

        HttpApi.Response response = api.post("/api/events", INTEGRATION, "{\"researcher_id\":\"r-1\",\"expired_on\":\"soon\"}", headers);

        assertProblem(response, 422, "SCHEMA_VIOLATION");
        assertThat(response.json().at("/detail").asText()).contains("reference");
    }

    @Test
    void somethingThatIsNotACloudEventIsRefused() {
        assertProblem(api.post("/api/events", INTEGRATION, "{\"hello\": 1}"), 400, "MALFORMED_CLOUDEVENT");
        assertProblem(api.post("/api/events", INTEGRATION, "[{", Map.of("Content-Type", "application/cloudevents-batch+json")),
                400, "MALFORMED_CLOUDEVENT");
        assertProblem(api.post("/api/events", INTEGRATION, "{\"specversion\":\"1.0\"}", Map.of("Content-Type", STRUCTURED)),
                400, "MALFORMED_CLOUDEVENT");
    }

    @Test
    void anOversizedPostIsRefused() {
        String event = structured(UUID.randomUUID().toString(), ACCESS, accessData("x".repeat(70_000)));

        assertProblem(api.post("/api/events", INTEGRATION, event, Map.of("Content-Type", STRUCTURED)), 413, "BODY_TOO_LARGE");
    }

    @Test
    void onlyIntegrationsPostEvents() {
        String event = structured(UUID.randomUUID().toString(), ACCESS, accessData("rel-11"));

        assertProblem(api.post("/api/events", null, event, Map.of("Content-Type", STRUCTURED)), 401, "UNAUTHENTICATED");
        assertProblem(api.post("/api/events", TestTokens.token("rita", "researcher", "steward"), event,
                Map.of("Content-Type", STRUCTURED)), 403, "FORBIDDEN");
    }

    @Test
    void aSignedWebhookIsAcceptedWithEitherActiveSecret() throws Exception {
        for (String secret : List.of(ENCLAVE_SECRET, ENCLAVE_NEXT_SECRET)) {
            String event = structured(UUID.randomUUID().toString(), ACCESS, accessData("rel-12"));

            HttpApi.Response response = api.post("/api/events", null, event, signed(secret, event, Instant.now()));

            assertThat(response.status()).as(response.raw()).isEqualTo(202);
            String id = response.json().at("/id").asText();
            ConsumerRecord<byte[], byte[]> record = inbound.await(r -> id.equals(KafkaProbe.header(r, "ce_id")), Duration.ofSeconds(20));
            assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo("enclave");
        }
    }

    @Test
    void aTamperedStaleOrForeignSignatureIsRefused() throws Exception {
        String event = structured(UUID.randomUUID().toString(), ACCESS, accessData("rel-13"));
        Map<String, String> valid = signed(ENCLAVE_SECRET, event, Instant.now());

        assertProblem(api.post("/api/events", null, event.replace("rel-13", "rel-66"), valid), 401, "BAD_SIGNATURE");
        assertProblem(api.post("/api/events", null, event, signed(ENCLAVE_SECRET, event, Instant.now().minusSeconds(600))),
                401, "BAD_SIGNATURE");
        assertProblem(api.post("/api/events", null, event,
                signed("whsec_" + java.util.Base64.getEncoder().encodeToString("not ours at all!".getBytes()), event, Instant.now())),
                401, "BAD_SIGNATURE");
    }

    private void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
        assertThat(rows("inbound_event")).as("nothing accepted").isEqualTo(ledgerBefore);
    }

    private static String structured(String id, String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/enclave/eu-1\",\"type\":\"" + type
                + "\",\"datacontenttype\":\"application/json\",\"data\":" + data + "}";
    }

    private String accessData(String releaseId) {
        return "{\"release_id\":\"" + releaseId + "\",\"researcher_id\":\"" + researcher + "\",\"dataset_id\":\"" + dataset + "\","
                + "\"fields\":[\"hba1c\"],\"rows\":120,\"origin\":\"enclave-eu-1\",\"accessed_at\":\"2026-11-22T10:00:00Z\"}";
    }
}
