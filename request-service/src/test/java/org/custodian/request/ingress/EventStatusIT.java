package org.custodian.request.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.Topic;
import org.custodian.contracts.releases.Access;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every accepted outside event has a status its sender can read: accepted, applied, or failed with the dead letter. */
class EventStatusIT extends RequestServiceIntegration {

    private static final String SOURCE = "/enclave/eu-1";
    private static final String ENCLAVE = TestTokens.token("enclave-eu", "integration");
    private static final String ACCESS = "org.custodian.integration.access.logged.v1";

    private String researcher;
    private String dataset;

    @BeforeEach
    void register() {
        researcher = "r-" + UUID.randomUUID();
        dataset = "ds-" + UUID.randomUUID();
        registerResearcher(researcher);
        registerDataset(dataset, List.of("DUO:0000006"), "auto");
    }

    @Test
    void anEventRequestServiceAppliesReadsAppliedForItsSender() {
        String id = post("org.custodian.integration.irb.expired.v1",
                "{\"researcher_id\":\"" + researcher + "\",\"reference\":\"IRB-22-104\",\"expired_on\":\"2026-11-21\"}");

        JsonNode status = awaitStatus(id, "APPLIED");

        assertThat(status.at("/source").asText()).isEqualTo(SOURCE);
        assertThat(status.at("/type").asText()).isEqualTo("org.custodian.integration.irb.expired.v1");
        assertThat(Instant.parse(status.at("/settled_at").asText())).isAfterOrEqualTo(Instant.parse(status.at("/accepted_at").asText()));
        assertThat(api.get("/api/researchers/" + researcher, STEWARD).json().at("/irb").isNull()).isTrue();
    }

    @Test
    void anAccessLogIsAcceptedUntilReleaseServiceRecordsIt() {
        String id = post(ACCESS, accessData());
        assertThat(status(id, ENCLAVE).json().at("/status").asText()).isEqualTo("ACCEPTED");

        publish(Topic.RELEASES, "req-1", new ReleaseAccessed("rel-1", "req-1", SOURCE + " " + id, access()), "release-service");

        JsonNode applied = awaitStatus(id, "APPLIED");
        assertThat(applied.has("reason")).isFalse();
    }

    @Test
    void anAccessRecordedAsAViolationIsAppliedWithTheViolationsNamed() {
        String id = post(ACCESS, accessData());

        publish(Topic.RELEASES, "rel-unknown", new ReleaseAccessViolated("rel-unknown", null, SOURCE + " " + id, access(),
                List.of("UNKNOWN_RELEASE")), "release-service");

        assertThat(awaitStatus(id, "APPLIED").at("/reason").asText()).contains("access violation", "UNKNOWN_RELEASE");
    }

    @Test
    void aDeadLetteredEventFailsWithTheReasonAndWhereItWasParked() {
        String id = post(ACCESS, accessData());
        String deadLetters = Topic.INBOUND.deadLetterTopic("release-service");

        // as release-service's binder parks a record it gave up on: the original headers, plus why
        kafka.sendRaw(deadLetters, researcher, accessData().getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0", "ce_id", id, "ce_source", SOURCE, "ce_type", ACCESS,
                "x-original-topic", Topic.INBOUND.topicName(),
                "x-exception-message", "ACCESS_IN_THE_FUTURE: the access is dated after Custodian's clock"));

        JsonNode failed = awaitStatus(id, "FAILED");
        assertThat(failed.at("/reason").asText()).startsWith("ACCESS_IN_THE_FUTURE");
        assertThat(failed.at("/dead_letter").asText()).matches(deadLetters.replace(".", "\\.") + "/\\d+/\\d+");
    }

    @Test
    void onlyTheSenderAndComplianceReadAStatus() {
        String id = post(ACCESS, accessData());

        assertThat(status(id, ENCLAVE).status()).isEqualTo(200);
        assertThat(status(id, TestTokens.token("auditor", "compliance")).status()).isEqualTo(200);
        for (String other : List.of(TestTokens.token("hr-system", "integration"), TestTokens.token(researcher, "researcher"),
                STEWARD)) {
            HttpApi.Response response = status(id, other);
            assertThat(response.status()).as(response.raw()).isEqualTo(404);
            assertThat(response.json().at("/code").asText()).isEqualTo("UNKNOWN_EVENT");
        }
        assertThat(status(UUID.randomUUID().toString(), ENCLAVE).json().at("/code").asText()).isEqualTo("UNKNOWN_EVENT");
        assertThat(status(id, null).status()).isEqualTo(401);
    }

    @Test
    void aSourceWithoutSlashesNeedsNoEncoding() {
        String id = UUID.randomUUID().toString();
        HttpApi.Response posted = api.post("/api/events", ENCLAVE, structured(id, "urn:enclave:eu-2", ACCESS, accessData()),
                Map.of("Content-Type", "application/cloudevents+json"));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(202);

        HttpApi.Response read = api.get("/api/events/urn:enclave:eu-2/" + id, ENCLAVE);

        assertThat(read.status()).as(read.raw()).isEqualTo(200);
        assertThat(read.json().at("/status").asText()).isEqualTo("ACCEPTED");
    }

    private String post(String type, String data) {
        String id = UUID.randomUUID().toString();
        HttpApi.Response posted = api.post("/api/events", ENCLAVE, structured(id, SOURCE, type, data),
                Map.of("Content-Type", "application/cloudevents+json"));
        assertThat(posted.status()).as(posted.raw()).isEqualTo(202);
        return id;
    }

    private JsonNode awaitStatus(String id, String wanted) {
        await().atMost(Duration.ofSeconds(30)).until(() -> wanted.equals(status(id, ENCLAVE).json().at("/status").asText()));
        return status(id, ENCLAVE).json();
    }

    private HttpApi.Response status(String id, String token) {
        return api.get("/api/events/" + URLEncoder.encode(SOURCE, StandardCharsets.UTF_8) + "/" + id, token);
    }

    private Access access() {
        return new Access(researcher, dataset, List.of("hba1c"), 120L, null, "enclave-eu-1", Instant.parse("2026-11-22T10:00:00Z"));
    }

    private String accessData() {
        return "{\"release_id\":\"rel-1\",\"researcher_id\":\"" + researcher + "\",\"dataset_id\":\"" + dataset + "\","
                + "\"fields\":[\"hba1c\"],\"rows\":120,\"origin\":\"enclave-eu-1\",\"accessed_at\":\"2026-11-22T10:00:00Z\"}";
    }

    private static String structured(String id, String source, String type, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"" + source + "\",\"type\":\"" + type
                + "\",\"datacontenttype\":\"application/json\",\"data\":" + data + "}";
    }
}
