package org.custodian.request.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Consent records from stewards and from a consent platform, published on the catalog topic. */
class ConsentIT extends RequestServiceIntegration {

    private String dataset;

    @BeforeEach
    void registered() {
        dataset = "ds-consent-" + UUID.randomUUID().toString().substring(0, 8);
        registerDataset(dataset, List.of("DUO:0000006"), "auto");
    }

    @Test
    void aStewardRecordsAndWithdrawsConsentAndBothArePublished() {
        HttpApi.Response recorded = api.post(consents(), STEWARD, HttpApi.json(Map.of("cohort", "cohort-2019",
                "basis", "informed_consent", "subjects", 1840, "recorded_at", "2026-11-20T09:00:00Z")));
        HttpApi.Response withdrawn = api.post("/api/datasets/" + dataset + "/consent-withdrawals", STEWARD,
                HttpApi.json(Map.of("cohort", "cohort-2019", "subject_refs", List.of("subj-17"),
                        "withdrawn_at", "2026-12-01T09:00:00Z")));

        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(201);
        var consent = kafka.await(KafkaProbe.ofType(EventType.CONSENT_RECORDED, dataset), Duration.ofSeconds(30));
        assertThat(((ConsentRecorded) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(consent))).subjects()).isEqualTo(1840);
        assertThat(KafkaProbe.header(consent, "ce_actor")).isEqualTo("sam-steward");
        var withdrawal = kafka.await(KafkaProbe.ofType(EventType.CONSENT_WITHDRAWN, dataset), Duration.ofSeconds(30));
        ConsentWithdrawn event = (ConsentWithdrawn) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(withdrawal));
        assertThat(event.subjectRefs()).containsExactly("subj-17");
        assertThat(event.reportedEventId()).isNull();
        HttpApi.Response history = api.get(consents(), TestTokens.token("carla", "compliance"));
        assertThat(history.json().size()).isEqualTo(2);
        assertThat(history.json().at("/0/kind").asText()).isEqualTo("recorded");
        assertThat(history.json().at("/1/subject_refs/0").asText()).isEqualTo("subj-17");
    }

    @Test
    void theSameConsentPostedAgainRecordsNothing() {
        String body = HttpApi.json(Map.of("basis", "informed_consent", "subjects", 10, "recorded_at", "2026-11-20T09:00:00Z"));
        assertThat(api.post(consents(), STEWARD, body).status()).isEqualTo(201);
        long before = storedEvents();

        HttpApi.Response again = api.post(consents(), STEWARD, body);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badConsentPostsAreRefusedAndChangeNothing() {
        long before = storedEvents();
        String good = HttpApi.json(Map.of("basis", "informed_consent", "subjects", 10, "recorded_at", "2026-11-20T09:00:00Z"));
        String withdrawals = "/api/datasets/" + dataset + "/consent-withdrawals";

        assertProblem(api.post(consents(), null, good), 401, "UNAUTHENTICATED");
        assertProblem(api.post(consents(), TestTokens.token("rita", "researcher", "integration"), good), 403, "FORBIDDEN");
        assertProblem(api.post(withdrawals, TestTokens.token("rita", "researcher"), "{}"), 403, "FORBIDDEN");
        assertProblem(api.get(consents(), TestTokens.token("rita", "researcher")), 403, "FORBIDDEN");
        assertProblem(api.post(consents(), STEWARD, "{\"basis\":"), 400, "MALFORMED_BODY");
        assertProblem(api.post(consents(), STEWARD, "{\"basis\":\"x\",\"subjects\":1,\"recorded_at\":\"2026-11-20T09:00:00Z\",\"extra\":1}"),
                400, "MALFORMED_BODY");
        assertProblem(api.post(consents(), STEWARD, HttpApi.json(Map.of("basis", "", "subjects", -1))), 400, "INVALID_FIELDS");
        assertProblem(api.post(withdrawals, STEWARD, HttpApi.json(Map.of("subject_refs", List.of("s-1")))), 400, "INVALID_FIELDS");
        assertProblem(api.post(withdrawals, STEWARD, HttpApi.json(Map.of("withdrawn_at", "2026-12-01T09:00:00Z",
                "subject_refs", List.of("x".repeat(70_000))))), 413, "BODY_TOO_LARGE");
        assertProblem(api.post("/api/datasets/ds-nowhere/consents", STEWARD, good), 404, "UNKNOWN_DATASET");
        assertProblem(api.post("/api/datasets/ds-nowhere/consent-withdrawals", STEWARD,
                HttpApi.json(Map.of("withdrawn_at", "2026-12-01T09:00:00Z"))), 404, "UNKNOWN_DATASET");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(rows("dataset_consent WHERE dataset_id = '" + dataset + "'")).isZero();
    }

    @Test
    void aConsentRecordedOrWithdrawnInTheFutureIsRefusedAndChangesNothing() {
        long before = storedEvents();
        String tomorrow = Instant.now().plus(Duration.ofDays(1)).toString();

        HttpApi.Response recorded = api.post(consents(), STEWARD,
                HttpApi.json(Map.of("basis", "informed_consent", "subjects", 10, "recorded_at", tomorrow)));
        HttpApi.Response withdrawn = api.post("/api/datasets/" + dataset + "/consent-withdrawals", STEWARD,
                HttpApi.json(Map.of("subject_refs", List.of("subj-1"), "withdrawn_at", tomorrow)));

        assertProblem(recorded, 422, "RECORDED_IN_FUTURE");
        assertThat(recorded.json().at("/detail").asText()).contains("recorded_at");
        assertProblem(withdrawn, 422, "WITHDRAWN_IN_FUTURE");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(rows("dataset_consent WHERE dataset_id = '" + dataset + "'")).isZero();
        assertThat(api.post(consents(), STEWARD, HttpApi.json(Map.of("basis", "informed_consent", "subjects", 10,
                "recorded_at", Instant.now().plusSeconds(60).toString()))).status()).as("within the clock skew").isEqualTo(201);
    }

    @Test
    void aConsentPlatformsWithdrawalIsRecordedOncePerReportNamingIt() {
        String reportId = "consent-evt-" + UUID.randomUUID();
        CloudEvent report = report(reportId, dataset);

        kafka.send(Topic.INBOUND.topicName(), dataset, report);
        kafka.send(Topic.INBOUND.topicName(), dataset, report);

        var record = kafka.await(KafkaProbe.ofType(EventType.CONSENT_WITHDRAWN, dataset), Duration.ofSeconds(30));
        ConsentWithdrawn event = (ConsentWithdrawn) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
        assertThat(event.reportedEventId()).isEqualTo(reportId);
        assertThat(event.cohort()).isEqualTo("cohort-2019");
        assertThat(KafkaProbe.header(record, "ce_actor")).as("produced straight to the topic: its source acted")
                .isEqualTo("/consent-platform");
        long published = kafka.drain(Duration.ofSeconds(5)).stream()
                .filter(KafkaProbe.ofType(EventType.CONSENT_WITHDRAWN, dataset)).count();
        assertThat(published).isEqualTo(1);
        assertThat(rows("dataset_consent WHERE reported_event_id = '" + reportId + "'")).isEqualTo(1);
    }

    @Test
    void aConsentPlatformsWithdrawalPostedOverHttpIsRecorded() {
        String reportId = "consent-evt-" + UUID.randomUUID();
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + reportId + "\",\"source\":\"/consent-platform\","
                + "\"type\":\"org.custodian.integration.consent.withdrawn.v1\",\"data\":{\"dataset_id\":\"" + dataset
                + "\",\"withdrawn_at\":\"2026-12-01T09:00:00Z\"}}";

        HttpApi.Response posted = api.post("/api/events", TestTokens.token("consent-platform", "integration"), event,
                Map.of("Content-Type", "application/cloudevents+json"));

        assertThat(posted.status()).as(posted.raw()).isEqualTo(202);
        var record = kafka.await(KafkaProbe.ofType(EventType.CONSENT_WITHDRAWN, dataset), Duration.ofSeconds(30));
        ConsentWithdrawn withdrawn = (ConsentWithdrawn) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
        assertThat(withdrawn.reportedEventId()).isEqualTo(reportId);
        assertThat(withdrawn.subjectRefs()).isEmpty();
    }

    @Test
    void aWithdrawalForADatasetNotInTheCatalogIsDeadLettered() {
        String reportId = "consent-evt-" + UUID.randomUUID();

        kafka.send(Topic.INBOUND.topicName(), "ds-nowhere", report(reportId, "ds-nowhere"));

        var dead = kafka.await(record -> record.topic().equals(Topic.INBOUND.deadLetterTopic("request-service"))
                && reportId.equals(KafkaProbe.header(record, "ce_id")), Duration.ofSeconds(30));
        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("UNKNOWN_DATASET");
        assertThat(rows("dataset_consent WHERE reported_event_id = '" + reportId + "'")).isZero();
    }

    private String consents() {
        return "/api/datasets/" + dataset + "/consents";
    }

    private static CloudEvent report(String id, String datasetId) {
        String data = "{\"dataset_id\":\"" + datasetId + "\",\"cohort\":\"cohort-2019\",\"subject_refs\":[\"subj-1\"],"
                + "\"withdrawn_at\":\"2026-12-01T09:00:00Z\"}";
        return CloudEventBuilder.v1().withId(id).withSource(URI.create("/consent-platform"))
                .withType("org.custodian.integration.consent.withdrawn.v1").withSubject(datasetId)
                .withExtension("actor", "consent-platform").withDataContentType("application/json")
                .withData(data.getBytes(StandardCharsets.UTF_8)).build();
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).as(response.raw()).isEqualTo(code);
    }
}
