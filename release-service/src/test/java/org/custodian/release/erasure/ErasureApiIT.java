package org.custodian.release.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ErasureEvidenceRequested;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Erasure certificates from the release's researcher, and stewards' requests for evidence. */
class ErasureApiIT extends ReleaseServiceIntegration {

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
    void theResearcherCertifiesErasureOnce() {
        HttpApi.Response certified = certify(TestTokens.token(researcher, "researcher"), certificate(today()));

        assertThat(certified.status()).as(certified.raw()).isEqualTo(201);
        assertThat(certified.json().at("/erasure").asText()).isEqualTo("CERTIFIED");
        ErasureCertified event = (ErasureCertified) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.ERASURE_CERTIFIED, requestId), Duration.ofSeconds(30))));
        assertThat(event.method()).isEqualTo("secure wipe");
        assertThat(event.erasedOn()).hasToString(today());
        assertThat(event.researcherId()).isEqualTo(researcher);

        assertProblem(certify(TestTokens.token(researcher, "researcher"), certificate(today())), 409, "ALREADY_CERTIFIED");
        assertThat(storedEvents(ErasureCertified.class, releaseId)).isEqualTo(1);
    }

    @Test
    void badCertificatesAreRefusedAndChangeNothing() {
        String own = TestTokens.token(researcher, "researcher");

        assertProblem(certify(null, certificate(today())), 401, "UNAUTHENTICATED");
        assertProblem(certify(STEWARD, certificate(today())), 403, "ROLE_REQUIRED");
        assertProblem(certify(TestTokens.token("r-someone-else", "researcher"), certificate(today())), 404, "UNKNOWN_RELEASE");
        assertProblem(certify(own, "{\"scope\":"), 400, "MALFORMED_BODY");
        assertProblem(certify(own, certificate(today()).replace("\"scope\"", "\"extra\":1,\"scope\"")), 400, "MALFORMED_BODY");
        assertProblem(certify(own, certificate(today()).replace("\"method\":\"secure wipe\",", "")), 400, "INVALID_FIELDS");
        assertProblem(certify(own, certificate(CLOCK.today().plusDays(2).toString())), 422, "ERASED_ON_IN_FUTURE");
        assertProblem(certify(own, certificate(CLOCK.today().minusDays(2).toString())), 422, "ERASED_ON_BEFORE_ISSUE");
        assertProblem(certify(own, certificate(today()).replace("Every copy is gone.", "x".repeat(70_000))), 413, "BODY_TOO_LARGE");

        assertNothingHappened();
    }

    @Test
    void aStewardAsksForEvidence() {
        HttpApi.Response asked = askForEvidence(STEWARD, "{\"note\":\"Send the wipe log.\"}");

        assertThat(asked.status()).as(asked.raw()).isEqualTo(202);
        ErasureEvidenceRequested event = (ErasureEvidenceRequested) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.ERASURE_EVIDENCE_REQUESTED, requestId), Duration.ofSeconds(30))));
        assertThat(event.note()).isEqualTo("Send the wipe log.");
        assertThat(event.researcherId()).isEqualTo(researcher);
    }

    @Test
    void badEvidenceRequestsAreRefusedAndChangeNothing() {
        assertProblem(askForEvidence(null, "{\"note\":\"n\"}"), 401, "UNAUTHENTICATED");
        assertProblem(askForEvidence(TestTokens.token(researcher, "researcher"), "{\"note\":\"n\"}"), 403, "ROLE_REQUIRED");
        assertProblem(askForEvidence(STEWARD, "{\"note\":"), 400, "MALFORMED_BODY");
        assertProblem(askForEvidence(STEWARD, "{\"note\":\"\"}"), 400, "INVALID_FIELDS");
        assertProblem(askForEvidence(STEWARD, "{\"note\":\"" + "x".repeat(70_000) + "\"}"), 413, "BODY_TOO_LARGE");
        assertProblem(api.post("/api/releases/rel-00000000-0000-0000-0000-000000000000/evidence-requests", STEWARD,
                "{\"note\":\"n\"}"), 404, "UNKNOWN_RELEASE");

        assertNothingHappened();
    }

    private void assertNothingHappened() {
        assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(releaseId)
                .query(Long.class).single()).as("only the issuance").isEqualTo(1);
        assertThat(published(EventType.ERASURE_CERTIFIED, requestId)).isEmpty();
        assertThat(published(EventType.ERASURE_EVIDENCE_REQUESTED, requestId)).isEmpty();
        assertThat(api.get("/api/releases/" + releaseId, STEWARD).json().at("/erasure").asText()).isEqualTo("PENDING");
    }

    private HttpApi.Response certify(String token, String body) {
        return api.post("/api/releases/" + releaseId + "/erasure-certificates", token, body);
    }

    private HttpApi.Response askForEvidence(String token, String body) {
        return api.post("/api/releases/" + releaseId + "/evidence-requests", token, body);
    }

    private static String today() {
        return CLOCK.today().toString();
    }

    private static String certificate(String erasedOn) {
        return "{\"scope\":\"ds-trials and derived files\",\"method\":\"secure wipe\",\"erased_on\":\"" + erasedOn
                + "\",\"attestation\":\"Every copy is gone.\"}";
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}
