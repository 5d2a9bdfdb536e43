package org.custodian.release.erasure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.ErasureRequestCertified;
import org.custodian.contracts.releases.ErasureRequested;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** consent.withdrawn becomes an erasure request on every release holding the dataset, certified by its researcher. */
class ConsentErasureIT extends ReleaseServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String STEWARD = TestTokens.token("steward-1", "steward");

    private String dataset;
    private String researcher;
    private String requestId;
    private String releaseId;

    @BeforeEach
    void aReleaseOfItsOwnDataset() {
        dataset = "ds-" + UUID.randomUUID();
        researcher = "r-" + UUID.randomUUID();
        requestId = newRequestId();
        releaseId = release(approvalOf(requestId, researcher, dataset));
    }

    @Test
    void aWithdrawalRequestsErasureFromEveryReleaseHoldingTheDatasetOnceEvenWhenReplayed() {
        String otherResearcherRequest = newRequestId();
        String otherRelease = release(approvalOf(otherResearcherRequest, "r-" + UUID.randomUUID(), dataset));
        String otherDatasetRequest = newRequestId();
        String untouched = release(approvalOf(otherDatasetRequest, researcher, "ds-" + UUID.randomUUID()));

        ConsentWithdrawn withdrawal = new ConsentWithdrawn(dataset, "cohort-a", List.of("subj-1", "subj-2"), Instant.now(), "cp-9");
        String eventId = send(withdrawal);

        ErasureRequested requested = (ErasureRequested) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.ERASURE_REQUESTED, requestId), WAIT)));
        assertThat(requested.releaseId()).isEqualTo(releaseId);
        assertThat(requested.researcherId()).isEqualTo(researcher);
        assertThat(requested.datasetId()).isEqualTo(dataset);
        assertThat(requested.cohort()).isEqualTo("cohort-a");
        assertThat(requested.subjectRefs()).containsExactly("subj-1", "subj-2");
        assertThat(requested.reason()).isEqualTo("consent.withdrawn");
        assertThat(requested.causeEventId()).isEqualTo(eventId);
        kafka.await(KafkaProbe.ofType(EventType.ERASURE_REQUESTED, otherResearcherRequest), WAIT);

        JsonNode shown = api.get("/api/releases/" + releaseId, TestTokens.token(researcher, "researcher")).json();
        assertThat(shown.at("/erasure_requests/0/erasure_request_id").asText()).isEqualTo(requested.erasureRequestId());
        assertThat(shown.at("/erasure_requests/0/subject_refs/1").asText()).isEqualTo("subj-2");
        assertThat(shown.at("/erasure_requests/0/certified_at").isNull()).isTrue();

        // the replay, then a later withdrawal on the same partition: once that one is seen, the replay was too
        send(withdrawal, eventId);
        String later = send(new ConsentWithdrawn(dataset, null, List.of("subj-9"), Instant.now(), null));
        await().atMost(WAIT).until(() -> storedEvents(ErasureRequested.class, releaseId) == 2);
        List<ErasureRequested> seen = published(EventType.ERASURE_REQUESTED, requestId).stream()
                .map(record -> (ErasureRequested) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record))).toList();
        assertThat(seen).extracting(ErasureRequested::causeEventId).containsExactly(eventId, later);
        assertThat(storedEvents(ErasureRequested.class, otherRelease)).isEqualTo(2);
        assertThat(published(EventType.ERASURE_REQUESTED, otherDatasetRequest)).isEmpty();
        assertThat(storedEvents(ErasureRequested.class, untouched)).isZero();
    }

    @Test
    void theResearcherCertifiesTheErasureRequestOnce() {
        String eraId = requestErasure();
        String own = TestTokens.token(researcher, "researcher");

        HttpApi.Response certified = certify(own, eraId, certificate());
        assertThat(certified.status()).as(certified.raw()).isEqualTo(201);
        assertThat(certified.json().at("/erasure_requests/0/certified_at").asText()).isNotBlank();
        assertThat(certified.json().at("/erasure").asText()).as("the release's own obligation stays open").isEqualTo("PENDING");
        ErasureRequestCertified event = (ErasureRequestCertified) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.ERASURE_REQUEST_CERTIFIED, requestId), WAIT)));
        assertThat(event.erasureRequestId()).isEqualTo(eraId);
        assertThat(event.method()).isEqualTo("row deletion");

        assertProblem(certify(own, eraId, certificate()), 409, "ALREADY_CERTIFIED");
        assertThat(storedEvents(ErasureRequestCertified.class, releaseId)).isEqualTo(1);
    }

    @Test
    void badErasureRequestCertificatesAreRefusedAndChangeNothing() {
        String eraId = requestErasure();
        String own = TestTokens.token(researcher, "researcher");

        assertProblem(certify(null, eraId, certificate()), 401, "UNAUTHENTICATED");
        assertProblem(certify(STEWARD, eraId, certificate()), 403, "ROLE_REQUIRED");
        assertProblem(certify(TestTokens.token("r-someone-else", "researcher"), eraId, certificate()), 404, "UNKNOWN_RELEASE");
        assertProblem(certify(own, "era-unknown", certificate()), 404, "UNKNOWN_ERASURE_REQUEST");
        assertProblem(certify(own, eraId, "{\"scope\":"), 400, "MALFORMED_BODY");
        assertProblem(certify(own, eraId, certificate().replace("\"method\":\"row deletion\",", "")), 400, "INVALID_FIELDS");
        assertProblem(certify(own, eraId, certificate().replace(CLOCK.today().toString(), CLOCK.today().plusDays(2).toString())), 422,
                "ERASED_ON_IN_FUTURE");
        assertProblem(certify(own, eraId, certificate().replace("gone", "x".repeat(70_000))), 413, "BODY_TOO_LARGE");

        assertThat(storedEvents(ErasureRequestCertified.class, releaseId)).isZero();
        assertThat(published(EventType.ERASURE_REQUEST_CERTIFIED, requestId)).isEmpty();
        assertThat(api.get("/api/releases/" + releaseId, own).json().at("/erasure_requests/0/certified_at").isNull()).isTrue();
    }

    @Test
    void aWithdrawalThatBreaksTheContractIsDeadLetteredAndRequestsNothing() {
        String catalogDlq = Topic.CATALOG.deadLetterTopic(GROUP);
        String key = "consent-" + UUID.randomUUID();
        try (KafkaProbe dead = KafkaProbe.on(catalogDlq)) {
            kafka.sendRaw(Topic.CATALOG.topicName(), key, ("{\"cohort\":\"a\",\"subject_refs\":[],\"withdrawn_at\":\"2026-01-01T00:00:00Z\"}")
                    .getBytes(StandardCharsets.UTF_8), Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                    "ce_source", "/request-service", "ce_type", EventType.CONSENT_WITHDRAWN.cloudEventType(),
                    "content-type", "application/json"));
            ConsumerRecord<byte[], byte[]> record = dead.await(r -> key.equals(new String(r.key(), StandardCharsets.UTF_8)), WAIT);
            assertThat(KafkaProbe.header(record, "x-exception-message")).isNotBlank();
        }
        assertThat(storedEvents(ErasureRequested.class, releaseId)).isZero();
    }

    @Test
    void anErasureRequestIsCreditedToWhoeverRecordedTheWithdrawalBesideWhomTheyActedFor() {
        ConsentWithdrawn withdrawal = new ConsentWithdrawn(dataset, null, List.of("subj-3"), Instant.parse("2020-01-01T00:00:00Z"), "cp-10");
        EventMetadata recorded = new EventMetadata(UUID.randomUUID().toString(), URI.create("/request-service"),
                Instant.now().atOffset(ZoneOffset.UTC), "consent-hub", "sam");

        kafka.send(Topic.CATALOG.topicName(), dataset, GovernanceCloudEvents.encode(withdrawal, recorded));

        ConsumerRecord<byte[], byte[]> requested = kafka.await(KafkaProbe.ofType(EventType.ERASURE_REQUESTED, requestId), WAIT);
        assertThat(KafkaProbe.header(requested, "ce_actor")).isEqualTo("consent-hub");
        assertThat(KafkaProbe.header(requested, "ce_onbehalfof")).isEqualTo("sam");
        assertThat(((ErasureRequested) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(requested))).requestedAt())
                .as("Custodian's clock, not the withdrawal's claimed time").isAfter(Instant.parse("2026-01-01T00:00:00Z"));
    }

    private String requestErasure() {
        send(new ConsentWithdrawn(dataset, null, List.of("subj-7"), Instant.now(), null));
        return ((ErasureRequested) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.ERASURE_REQUESTED, requestId), WAIT)))).erasureRequestId();
    }

    private HttpApi.Response certify(String token, String eraId, String body) {
        return api.post("/api/releases/" + releaseId + "/erasure-requests/" + eraId + "/certificates", token, body);
    }

    private static String certificate() {
        return "{\"scope\":\"subj-7 in the extract\",\"method\":\"row deletion\",\"erased_on\":\"" + CLOCK.today() + "\","
                + "\"attestation\":\"Every row is gone.\"}";
    }

    private static RequestApproved approvalOf(String requestId, String researcherId, String datasetId) {
        return new RequestApproved(requestId, researcherId, List.of(datasetId), "dec-" + UUID.randomUUID(), Outcome.ALLOW,
                OBLIGATIONS);
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}
