package org.custodian.release.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.release.access.AccessApiIT.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.custodian.contracts.EventType;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/releases/{id}/accesses:batch}: many uses in one call, each answered on its own. */
class AccessBatchIT extends ReleaseServiceIntegration {

    private static final String INTEGRATION = TestTokens.token("enclave-eu", "integration");
    private static final String AT = "2027-01-10T09:30:00Z";

    private String requestId;
    private String researcher;
    private String releaseId;

    @BeforeEach
    void aRelease() {
        requestId = newRequestId();
        researcher = "r-" + UUID.randomUUID();
        releaseId = release(approval(requestId, researcher, ERASE_BY));
        CLOCK.travelTo(LocalDate.parse("2027-01-10"), Duration.ofHours(10));
    }

    @Test
    void eachUseOfABatchIsAnsweredOnItsOwnAndARepeatIsRecordedOnce() {
        assertThat(api.post("/api/releases/" + releaseId + "/accesses", INTEGRATION, access(researcher, AT),
                Map.of("Idempotency-Key", "b-earlier")).status()).isEqualTo(202);
        String batch = batch(item("b-1", researcher, AT), item("b-2", "r-intruder", AT),
                item("b-3", researcher, "2027-01-10T11:00:00Z"), item("b-4", researcher, "2026-01-01T00:00:00Z"),
                item("b-1", researcher, AT), item("b-earlier", researcher, AT));

        HttpApi.Response response = reportAll(INTEGRATION, batch);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        JsonNode results = response.json().at("/results");
        assertThat(results).hasSize(6);
        assertResult(results.get(0), "enclave-eu b-1", "recorded");
        assertThat(results.get(0).at("/recorded_as").asText()).isEqualTo("release.accessed");
        assertResult(results.get(1), "enclave-eu b-2", "recorded");
        assertThat(results.get(1).at("/violations/0").asText()).isEqualTo("WRONG_RESEARCHER");
        assertResult(results.get(2), "enclave-eu b-3", "refused");
        assertThat(results.get(2).at("/code").asText()).isEqualTo("ACCESSED_IN_FUTURE");
        assertResult(results.get(3), "enclave-eu b-4", "refused");
        assertThat(results.get(3).at("/code").asText()).isEqualTo("ACCESSED_BEFORE_ISSUE");
        assertResult(results.get(4), "enclave-eu b-1", "duplicate");
        assertResult(results.get(5), "enclave-eu b-earlier", "duplicate");
        assertThat(response.json().at("/recorded").asInt()).isEqualTo(2);
        assertThat(response.json().at("/duplicates").asInt()).isEqualTo(2);
        assertThat(response.json().at("/refused").asInt()).isEqualTo(2);
        assertThat(storedEvents(ReleaseAccessed.class, releaseId)).as("b-earlier and b-1").isEqualTo(2);
        assertThat(storedEvents(ReleaseAccessViolated.class, releaseId)).isEqualTo(1);
        kafka.await(KafkaProbe.ofType(EventType.RELEASE_ACCESS_VIOLATED, requestId), Duration.ofSeconds(30));

        HttpApi.Response replayed = reportAll(INTEGRATION, batch);

        assertThat(replayed.status()).as(replayed.raw()).isEqualTo(200);
        assertThat(replayed.json().at("/recorded").asInt()).isZero();
        assertThat(replayed.json().at("/duplicates").asInt()).isEqualTo(4);
        assertThat(replayed.json().at("/refused").asInt()).as("still impossible").isEqualTo(2);
        assertThat(storedEvents(ReleaseAccessed.class, releaseId)).isEqualTo(2);
        assertThat(storedEvents(ReleaseAccessViolated.class, releaseId)).isEqualTo(1);
        assertThat(published(EventType.RELEASE_ACCESSED, requestId)).hasSize(2);
    }

    @Test
    void aFullBatchIsRecordedInOneCallAndTheReleaseStillJudgesAfterIt() {
        HttpApi.Response response = reportAll(INTEGRATION, batch(batchOf("full-", AccessController.MAX_BATCH)));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json().at("/recorded").asInt()).isEqualTo(AccessController.MAX_BATCH);
        assertThat(storedEvents(ReleaseAccessed.class, releaseId)).isEqualTo(AccessController.MAX_BATCH);
        HttpApi.Response after = reportAll(INTEGRATION, batch(item("after", "r-intruder", AT)));
        assertThat(after.json().at("/results/0/violations/0").asText()).isEqualTo("WRONG_RESEARCHER");
    }

    @Test
    void batchesOfOneReleaseReportedAtOnceAreAllRecorded() throws Exception {
        int clients = 4;
        int perBatch = 50;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<HttpApi.Response>> sent = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                String[] items = batchOf("c" + c + "-", perBatch);
                sent.add(pool.submit(() -> reportAll(INTEGRATION, batch(items))));
            }
            for (Future<HttpApi.Response> response : sent) {
                assertThat(response.get().status()).as(response.get().raw()).isEqualTo(200);
                assertThat(response.get().json().at("/recorded").asInt()).isEqualTo(perBatch);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(storedEvents(ReleaseAccessed.class, releaseId)).isEqualTo((long) clients * perBatch);
    }

    @Test
    void aBatchForAnUnknownReleaseRecordsEachUseAsAViolation() {
        String unknown = "rel-" + UUID.randomUUID();

        HttpApi.Response response = api.post("/api/releases/" + unknown + "/accesses:batch", INTEGRATION,
                batch(item("u-1", researcher, AT), item("u-2", researcher, AT)), Map.of());

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json().at("/results/0/violations/0").asText()).isEqualTo("UNKNOWN_RELEASE");
        assertThat(response.json().at("/results/1/violations/0").asText()).isEqualTo("UNKNOWN_RELEASE");
        kafka.await(KafkaProbe.ofType(EventType.RELEASE_ACCESS_VIOLATED, unknown), Duration.ofSeconds(30));
    }

    @Test
    void badBatchesAreRefusedWholeAndRecordNothing() {
        String valid = batch(item("k-1", researcher, AT));
        String oversized = batch(batchOf("k-", AccessController.MAX_BATCH + 1));

        assertProblem(reportAll(null, valid), 401, "UNAUTHENTICATED");
        assertProblem(reportAll(TestTokens.token(researcher, "researcher"), valid), 403, "ROLE_REQUIRED");
        assertProblem(reportAll(TestTokens.token("r-other", "researcher"), valid), 404, "UNKNOWN_RELEASE");
        assertProblem(reportAll(INTEGRATION, "[" + item("k-1", researcher, AT) + "]"), 400, "MALFORMED_BODY");
        assertProblem(reportAll(INTEGRATION, "{\"accesses\":[" + item("k-1", researcher, AT)), 400, "MALFORMED_BODY");
        assertProblem(reportAll(INTEGRATION, "{\"accesses\":[]}"), 400, "INVALID_FIELDS");
        assertProblem(reportAll(INTEGRATION, batch(item("k-1", researcher, AT), item("", researcher, AT))), 400,
                "INVALID_FIELDS");
        assertProblem(reportAll(INTEGRATION, batch(item("k-1", researcher, AT).replace("\"dataset_id\":\"ds-trials\",", ""))),
                400, "INVALID_FIELDS");
        assertProblem(reportAll(INTEGRATION, oversized), 413, "BATCH_TOO_LARGE");
        assertProblem(reportAll(INTEGRATION, batch(item("k-1", researcher, AT).replace("enclave-eu-1", "x".repeat(1_100_000)))),
                413, "BODY_TOO_LARGE");

        assertThat(storedEventsOf(releaseId)).as("only the issuance").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM consumed_event WHERE event_id LIKE 'enclave-eu k-%'").query(Long.class)
                .single()).isZero();
        assertThat(published(EventType.RELEASE_ACCESSED, requestId)).isEmpty();
    }

    private HttpApi.Response reportAll(String token, String body) {
        return api.post("/api/releases/" + releaseId + "/accesses:batch", token, body, Map.of());
    }

    private String[] batchOf(String prefix, int size) {
        return IntStream.range(0, size).mapToObj(i -> item(prefix + i, researcher, AT)).toArray(String[]::new);
    }

    private static void assertResult(JsonNode result, String accessId, String status) {
        assertThat(result.at("/access_id").asText()).isEqualTo(accessId);
        assertThat(result.at("/status").asText()).as(result.toString()).isEqualTo(status);
    }

    private static String batch(String... items) {
        return "{\"accesses\":[" + String.join(",", new ArrayList<>(List.of(items))) + "]}";
    }

    private static String item(String accessId, String researcher, String at) {
        return "{\"access_id\":\"" + accessId + "\",\"access\":" + access(researcher, at) + "}";
    }

    private static String access(String researcher, String at) {
        return "{\"researcher_id\":\"" + researcher + "\",\"dataset_id\":\"ds-trials\",\"fields\":[\"hba1c\"],"
                + "\"bytes\":4096,\"origin\":\"enclave-eu-1\",\"accessed_at\":\"" + at + "\"}";
    }
}
