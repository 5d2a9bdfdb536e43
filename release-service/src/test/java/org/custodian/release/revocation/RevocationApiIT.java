package org.custodian.release.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A steward revokes a release; uses after that are violations. */
class RevocationApiIT extends ReleaseServiceIntegration {

    private static final String STEWARD = TestTokens.token("steward-1", "steward");

    private String requestId;
    private String researcher;
    private String releaseId;

    @BeforeEach
    void aRelease() {
        requestId = newRequestId();
        researcher = "r-" + UUID.randomUUID();
        releaseId = release(approval(requestId, researcher, ERASE_BY));
    }

    @Test
    void aRevokedReleaseTurnsLaterAccessesIntoViolations() {
        HttpApi.Response revoked = revoke(STEWARD, "{\"reason\":\"Consent withdrawn for the cohort.\"}");

        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
        assertThat(revoked.json().at("/state").asText()).isEqualTo("REVOKED");
        ReleaseRevoked event = (ReleaseRevoked) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.RELEASE_REVOKED, requestId), Duration.ofSeconds(30))));
        assertThat(event.reason()).isEqualTo("Consent withdrawn for the cohort.");

        HttpApi.Response access = api.post("/api/releases/" + releaseId + "/accesses", TestTokens.token("enclave", "integration"),
                "{\"researcher_id\":\"" + researcher + "\",\"dataset_id\":\"ds-trials\",\"accessed_at\":\""
                        + event.revokedAt().plusSeconds(60) + "\"}", Map.of("Idempotency-Key", "after-revocation"));
        assertThat(access.json().at("/violations").toString()).isEqualTo("[\"REVOKED\"]");
        assertThat(storedEvents(ReleaseAccessViolated.class, releaseId)).isEqualTo(1);

        assertProblem(revoke(STEWARD, "{\"reason\":\"again\"}"), 409, "ALREADY_REVOKED");
        assertThat(storedEvents(ReleaseRevoked.class, releaseId)).isEqualTo(1);
    }

    @Test
    void badRevocationsAreRefusedAndChangeNothing() {
        assertProblem(revoke(null, "{\"reason\":\"r\"}"), 401, "UNAUTHENTICATED");
        assertProblem(revoke(TestTokens.token(researcher, "researcher"), "{\"reason\":\"r\"}"), 403, "ROLE_REQUIRED");
        assertProblem(revoke(TestTokens.token("enclave", "integration"), "{\"reason\":\"r\"}"), 403, "ROLE_REQUIRED");
        assertProblem(revoke(STEWARD, "{\"reason\":"), 400, "MALFORMED_BODY");
        assertProblem(revoke(STEWARD, "{}"), 400, "INVALID_FIELDS");
        assertProblem(revoke(STEWARD, "{\"reason\":\"" + "x".repeat(70_000) + "\"}"), 413, "BODY_TOO_LARGE");
        assertProblem(api.post("/api/releases/rel-00000000-0000-0000-0000-000000000000/revoke", STEWARD, "{\"reason\":\"r\"}"),
                404, "UNKNOWN_RELEASE");

        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(releaseId)
                .query(Long.class).single()).as("only the issuance").isEqualTo(1);
        assertThat(published(EventType.RELEASE_REVOKED, requestId)).isEmpty();
        assertThat(api.get("/api/releases/" + releaseId, STEWARD).json().at("/state").asText()).isEqualTo("ISSUED");
    }

    private HttpApi.Response revoke(String token, String body) {
        return api.post("/api/releases/" + releaseId + "/revoke", token, body);
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}
