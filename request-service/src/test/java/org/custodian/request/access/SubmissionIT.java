package org.custodian.request.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubmissionIT extends RequestServiceIntegration {

    private static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("age_band", "hba1c"), false, false, null, false);

    private String researcher;
    private String token;

    @BeforeEach
    void researcherAndDataset() {
        researcher = "r-" + UUID.randomUUID();
        token = TestTokens.token(researcher, "researcher");
        registerResearcher(researcher);
        if (api.get("/api/datasets/ds-submit", STEWARD).status() == 404) {
            registerDataset("ds-submit", List.of("DUO:0000006"), "auto");
        }
    }

    @Test
    void aSubmittedRequestIsPublishedAndAnAllowDecisionApprovesIt() {
        String id = submit(Map.of()).json().at("/id").asText();

        var submitted = kafka.await(KafkaProbe.ofType(EventType.REQUEST_SUBMITTED, id), Duration.ofSeconds(20));
        RequestSubmitted event = (RequestSubmitted) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(submitted));
        assertThat(event.researcherId()).isEqualTo(researcher);
        assertThat(KafkaProbe.header(submitted, "ce_actor")).isEqualTo(researcher);

        decide(id, new Decision(Outcome.ALLOW, List.of(), OBLIGATIONS, "sha256:test"));

        var approved = kafka.await(KafkaProbe.ofType(EventType.REQUEST_APPROVED, id), Duration.ofSeconds(20));
        RequestApproved approval = (RequestApproved) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(approved));
        assertThat(approval.obligations().eraseBy()).isEqualTo(LocalDate.parse("2027-11-22"));
        HttpApi.Response state = api.get("/api/requests/" + id, token);
        assertThat(state.json().at("/state").asText()).isEqualTo("APPROVED");
        assertThat(state.json().findValuesAsText("event"))
                .containsExactly("request.submitted", "request.version-submitted", "decision.received", "request.approved");
        assertThat(state.json().at("/version").asInt()).isEqualTo(1);
        assertThat(state.json().at("/terms_versions/ds-submit").asInt()).isEqualTo(1);
    }

    @Test
    void aDenyDecisionRejectsWithTheReasonCodes() {
        String id = submit(Map.of()).json().at("/id").asText();

        decide(id, new Decision(Outcome.DENY, List.of(new Reason("purpose", "PURPOSE_NOT_PERMITTED", "ds-submit",
                "Health research only.")), null, "sha256:test"));

        var rejected = kafka.await(KafkaProbe.ofType(EventType.REQUEST_REJECTED, id), Duration.ofSeconds(20));
        RequestRejected rejection = (RequestRejected) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(rejected));
        assertThat(rejection.reasons()).extracting(Reason::code).containsExactly("PURPOSE_NOT_PERMITTED");
        assertThat(api.get("/api/requests/" + id, token).json().at("/state").asText()).isEqualTo("REJECTED");
    }

    @Test
    void aRedeliveredDecisionIsAppliedOnce() {
        String id = submit(Map.of()).json().at("/id").asText();
        String eventId = UUID.randomUUID().toString();
        Decision allow = new Decision(Outcome.ALLOW, List.of(), OBLIGATIONS, "sha256:test");

        decide(id, allow, eventId);
        decide(id, allow, eventId);

        await().atMost(Duration.ofSeconds(20)).until(() -> "APPROVED".equals(
                api.get("/api/requests/" + id, token).json().at("/state").asText()));
        long approvals = kafka.drain(Duration.ofSeconds(3)).stream()
                .filter(KafkaProbe.ofType(EventType.REQUEST_APPROVED, id)).count();
        assertThat(approvals).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyAndBodyGiveBackTheSameRequest() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());

        HttpApi.Response first = submit(key);
        HttpApi.Response again = submit(key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().at("/id").asText()).isEqualTo(first.json().at("/id").asText());
        assertThat(jdbc.sql("SELECT count(*) FROM access_request WHERE researcher_id = ?").param(researcher)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefused() {
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        submit(key);
        Map<String, Object> other = new java.util.HashMap<>(request("ds-submit"));
        other.put("duration_days", 30);

        HttpApi.Response response = api.post("/api/requests", token, HttpApi.json(other), key);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().at("/code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void aResearcherCannotReadSomeoneElsesRequest() {
        String id = submit(Map.of()).json().at("/id").asText();

        HttpApi.Response response = api.get("/api/requests/" + id, TestTokens.token("someone-else", "researcher"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(api.get("/api/requests/" + id, TestTokens.token("cora", "compliance")).status()).isEqualTo(200);
    }

    private HttpApi.Response submit(Map<String, String> headers) {
        HttpApi.Response response = api.post("/api/requests", token, HttpApi.json(request("ds-submit")), headers);
        assertThat(response.status()).as(response.raw()).isIn(200, 201);
        return response;
    }

    private void decide(String requestId, Decision decision) {
        decide(requestId, decision, UUID.randomUUID().toString());
    }

    private void decide(String requestId, Decision decision, String eventId) {
        DecisionMade made = new DecisionMade("dec-" + UUID.randomUUID(), requestId, Instant.now(), decision);
        EventMetadata metadata = new EventMetadata(eventId, URI.create("/policy-service"),
                Instant.now().atOffset(ZoneOffset.UTC), "policy-service");
        kafka.send(Topic.DECISIONS.topicName(), requestId, GovernanceCloudEvents.encode(made, metadata));
    }
}
