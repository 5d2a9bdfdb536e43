package org.custodian.release.revocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.ReleaseFlagResolved;
import org.custodian.contracts.releases.ReleaseFlagged;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** (Own failsafe execution: in a JVM of its own no revoke-mode instance shares its consumer group.) Under custodian.releases.on-deny=flag a decision turned to deny flags the release, and a steward revokes or keeps it. */
@TestPropertySource(properties = "custodian.releases.on-deny=flag")
class OnDenyFlagIT extends ReleaseServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String STEWARD = TestTokens.token("steward-1", "steward");

    @Test
    void aDenyFlagsTheReleaseAndAStewardKeepsOneAndRevokesAnother() {
        String kept = newRequestId();
        String revoked = newRequestId();
        String keptRelease = flagged(kept);
        String revokedRelease = flagged(revoked);

        HttpApi.Response list = api.get("/api/releases?flagged=true", STEWARD);
        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(list.raw()).contains(keptRelease).contains(revokedRelease);
        HttpApi.Response one = api.get("/api/releases/" + keptRelease, STEWARD);
        assertThat(one.json().at("/state").asText()).isEqualTo("ISSUED");
        assertThat(one.json().at("/flagged_reason").asText()).contains("decision.re-evaluated deny");
        assertThat(published(EventType.RELEASE_REVOKED, kept)).isEmpty();
        ReleaseFlagged flag = (ReleaseFlagged) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.RELEASE_FLAGGED, kept), WAIT)));
        assertThat(flag.reason()).contains("CONSENT_WITHDRAWN");

        HttpApi.Response keep = resolve(STEWARD, keptRelease, "{\"action\":\"keep\",\"reason\":\"Consent scope does not cover it.\"}");
        assertThat(keep.status()).as(keep.raw()).isEqualTo(200);
        assertThat(keep.json().at("/state").asText()).isEqualTo("ISSUED");
        assertThat(keep.json().at("/flagged_at").isNull() || keep.json().at("/flagged_at").isMissingNode()).isTrue();
        ConsumerRecord<byte[], byte[]> resolved = kafka.await(KafkaProbe.ofType(EventType.RELEASE_FLAG_RESOLVED, kept), WAIT);
        assertThat(((ReleaseFlagResolved) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(resolved))).resolution()).isEqualTo("keep");
        assertThat(KafkaProbe.header(resolved, "ce_actor")).isEqualTo("steward-1");

        HttpApi.Response revoke = resolve(STEWARD, revokedRelease, "{\"action\":\"revoke\",\"reason\":\"Consent withdrawn.\"}");
        assertThat(revoke.status()).as(revoke.raw()).isEqualTo(200);
        assertThat(revoke.json().at("/state").asText()).isEqualTo("REVOKED");
        assertThat(kafka.await(KafkaProbe.ofType(EventType.RELEASE_REVOKED, revoked), WAIT)).isNotNull();

        assertThat(api.get("/api/releases?flagged=true", STEWARD).raw()).doesNotContain(keptRelease).doesNotContain(revokedRelease);
        assertThat(storedEvents(ReleaseRevoked.class, keptRelease)).isZero();
    }

    @Test
    void badResolutionsAreRefusedAndChangeNothing() {
        String requestId = newRequestId();
        String releaseId = flagged(requestId);
        String body = "{\"action\":\"revoke\",\"reason\":\"r\"}";

        assertProblem(resolve(null, releaseId, body), 401, "UNAUTHENTICATED");
        assertProblem(resolve(TestTokens.token("r-1", "researcher"), releaseId, body), 404, "UNKNOWN_RELEASE");
        assertProblem(resolve(TestTokens.token("enclave", "integration"), releaseId, body), 403, "ROLE_REQUIRED");
        assertProblem(resolve(STEWARD, releaseId, "{\"action\":"), 400, "MALFORMED_BODY");
        assertProblem(resolve(STEWARD, releaseId, "{\"action\":\"delete\",\"reason\":\"r\"}"), 400, "INVALID_FIELDS");
        assertProblem(resolve(STEWARD, releaseId, "{\"action\":\"keep\"}"), 400, "INVALID_FIELDS");
        assertProblem(resolve(STEWARD, releaseId, "{\"action\":\"keep\",\"reason\":\"" + "x".repeat(70_000) + "\"}"), 413,
                "BODY_TOO_LARGE");
        assertProblem(resolve(STEWARD, "rel-00000000-0000-0000-0000-000000000000", body), 404, "UNKNOWN_RELEASE");

        assertThat(storedEventsOf(releaseId)).as("only the issuance and the flag").isEqualTo(2);
        assertThat(api.get("/api/releases/" + releaseId, STEWARD).json().at("/flagged_reason").asText()).isNotBlank();

        // replayed: the second resolution finds nothing to resolve
        assertThat(resolve(STEWARD, releaseId, "{\"action\":\"keep\",\"reason\":\"ok\"}").status()).isEqualTo(200);
        assertProblem(resolve(STEWARD, releaseId, body), 409, "NOT_FLAGGED");
        assertThat(storedEvents(ReleaseRevoked.class, releaseId)).isZero();
        assertThat(storedEvents(ReleaseFlagResolved.class, releaseId)).isEqualTo(1);
        assertThat(api.get("/api/releases/" + releaseId, STEWARD).json().at("/state").asText()).isEqualTo("ISSUED");
    }

    private String flagged(String requestId) {
        String releaseId = release(approval(requestId, "r-" + UUID.randomUUID(), ERASE_BY));
        send(new DecisionReEvaluated("dec-" + UUID.randomUUID(), requestId, Instant.now(), Outcome.ALLOW, decision(Outcome.DENY),
                "org.custodian.dataset.terms-changed.v1", "evt-" + UUID.randomUUID()));
        await().atMost(WAIT).until(() -> !api.get("/api/releases/" + releaseId, STEWARD).json().at("/flagged_reason").asText()
                .isEmpty());
        return releaseId;
    }

    private HttpApi.Response resolve(String token, String releaseId, String body) {
        return api.post("/api/releases/" + releaseId + "/flag-resolution", token, body);
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}
