package org.custodian.release.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST /api/releases/{id}/accesses}: integrations report uses of released data over HTTP. */
class AccessApiIT extends ReleaseServiceIntegration {

    private static final String INTEGRATION = TestTokens.token("enclave-eu", "integration");

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
    void anAllowedAccessIsAcceptedAndPublished() {
        HttpApi.Response response = report(INTEGRATION, body(researcher, "2027-01-10T09:30:00Z"), "log-1");

        assertThat(response.status()).as(response.raw()).isEqualTo(202);
        assertThat(response.json().at("/recorded_as").asText()).isEqualTo("release.accessed");
        ReleaseAccessed accessed = (ReleaseAccessed) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.RELEASE_ACCESSED, requestId), java.time.Duration.ofSeconds(30))));
        assertThat(accessed.accessId()).isEqualTo("enclave-eu log-1");
        assertThat(accessed.access().bytes()).isEqualTo(4096L);
    }

    @Test
    void aRepeatedIdempotencyKeyIsRecordedOnce() {
        assertThat(report(INTEGRATION, body(researcher, "2027-01-10T09:30:00Z"), "log-2").status()).isEqualTo(202);

        HttpApi.Response again = report(INTEGRATION, body(researcher, "2027-01-10T09:30:00Z"), "log-2");

        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.json().at("/duplicate").asBoolean()).isTrue();
        assertThat(storedEvents(ReleaseAccessed.class, releaseId)).isEqualTo(1);
        assertThat(published(EventType.RELEASE_ACCESSED, requestId)).hasSize(1);
    }

    @Test
    void anAccessByAnotherResearcherIsRecordedAsAViolation() {
        HttpApi.Response response = report(INTEGRATION, body("r-intruder", "2027-01-10T09:30:00Z"), "log-3");

        assertThat(response.status()).as(response.raw()).isEqualTo(202);
        assertThat(response.json().at("/recorded_as").asText()).isEqualTo("release.access-violated");
        assertThat(response.json().at("/violations/0").asText()).isEqualTo("WRONG_RESEARCHER");
        assertThat(storedEvents(ReleaseAccessViolated.class, releaseId)).isEqualTo(1);
    }

    @Test
    void anAccessToAnUnknownReleaseIsRecordedAsAViolation() {
        String unknown = "rel-" + UUID.randomUUID();

        HttpApi.Response response = api.post("/api/releases/" + unknown + "/accesses", INTEGRATION,
                body(researcher, "2027-01-10T09:30:00Z"), Map.of("Idempotency-Key", "log-4"));

        assertThat(response.status()).as(response.raw()).isEqualTo(202);
        assertThat(response.json().at("/violations/0").asText()).isEqualTo("UNKNOWN_RELEASE");
        kafka.await(KafkaProbe.ofType(EventType.RELEASE_ACCESS_VIOLATED, unknown), java.time.Duration.ofSeconds(30));
    }

    @Test
    void badRequestsAreRefusedAndRecordNothing() {
        String valid = body(researcher, "2027-01-10T09:30:00Z");

        assertProblem(report(null, valid, "k"), 401, "UNAUTHENTICATED");
        assertProblem(report(TestTokens.token(researcher, "researcher"), valid, "k"), 403, "ROLE_REQUIRED");
        assertProblem(report(TestTokens.token("s", "steward"), valid, "k"), 403, "ROLE_REQUIRED");
        assertProblem(report(TestTokens.token("r-other", "researcher"), valid, "k"), 404, "UNKNOWN_RELEASE");
        assertProblem(report(INTEGRATION, "{\"researcher_id\":", "k"), 400, "MALFORMED_BODY");
        assertProblem(report(INTEGRATION, valid.replace("\"origin\"", "\"surprise\":1,\"origin\""), "k"), 400, "MALFORMED_BODY");
        assertProblem(report(INTEGRATION, valid.replace("\"dataset_id\":\"ds-trials\",", ""), "k"), 400, "INVALID_FIELDS");
        assertProblem(report(INTEGRATION, valid.replace("4096", "-1"), "k"), 400, "INVALID_FIELDS");
        assertProblem(report(INTEGRATION, valid, null), 400, "IDEMPOTENCY_KEY_REQUIRED");
        assertProblem(report(INTEGRATION, body(researcher, "2027-01-10T11:00:00Z"), "k"), 422, "ACCESSED_IN_FUTURE");
        assertProblem(report(INTEGRATION, body(researcher, "2026-01-01T00:00:00Z"), "k"), 422, "ACCESSED_BEFORE_ISSUE");
        String oversized = valid.replace("enclave-eu-1", "x".repeat(70_000));
        assertProblem(report(INTEGRATION, oversized, "k"), 413, "BODY_TOO_LARGE");

        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(releaseId)
                .query(Long.class).single()).as("only the issuance").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM consumed_event WHERE event_id LIKE '%k'").query(Long.class).single()).isZero();
        assertThat(published(EventType.RELEASE_ACCESSED, requestId)).isEmpty();
        assertThat(published(EventType.RELEASE_ACCESS_VIOLATED, requestId)).isEmpty();
    }

    private HttpApi.Response report(String token, String body, String key) {
        return api.post("/api/releases/" + releaseId + "/accesses", token, body,
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private static String body(String researcher, String at) {
        return "{\"researcher_id\":\"" + researcher + "\",\"dataset_id\":\"ds-trials\",\"fields\":[\"hba1c\"],"
                + "\"bytes\":4096,\"origin\":\"enclave-eu-1\",\"accessed_at\":\"" + at + "\"}";
    }

    static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}
