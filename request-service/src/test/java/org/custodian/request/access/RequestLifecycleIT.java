package org.custodian.request.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseRefused;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.RequestWithdrawn;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Withdrawing and resubmitting requests over HTTP, the real broker and database. */
class RequestLifecycleIT extends RequestServiceIntegration {

    private static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("age_band"), false, false, null, false);

    private String researcher;
    private String researcherToken;
    private String dataset;
    private String reviewer;

    @BeforeEach
    void researcherDatasetAndCommittee() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        researcher = "r-lc-" + suffix;
        researcherToken = TestTokens.token(researcher, "researcher");
        dataset = "ds-lc-" + suffix;
        reviewer = "rev-lc-" + suffix;
        registerResearcher(researcher);
        registerDataset(dataset, List.of("DUO:0000006"), "auto");
        HttpApi.Response committee = api.put("/api/datasets/" + dataset + "/committee", STEWARD,
                HttpApi.json(Map.of("reviewers", List.of(reviewer), "approvals_required", 1)));
        assertThat(committee.status()).as(committee.raw()).isEqualTo(200);
    }

    @Test
    void theRequesterWithdrawsAndTheWithdrawalIsPublishedAndShown() {
        String id = submit();

        HttpApi.Response withdrawn = api.post("/api/requests/" + id + "/withdraw", researcherToken,
                HttpApi.json(Map.of("reason", "Answered elsewhere.")));

        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(200);
        assertThat(withdrawn.json().at("/state").asText()).isEqualTo("WITHDRAWN");
        assertThat(events(withdrawn.json())).contains("request.submitted", "request.withdrawn");
        var record = kafka.await(KafkaProbe.ofType(EventType.REQUEST_WITHDRAWN, id), Duration.ofSeconds(30));
        RequestWithdrawn event = (RequestWithdrawn) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
        assertThat(event.reason()).isEqualTo("Answered elsewhere.");
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo(researcher);
        assertThat(new String(record.key())).isEqualTo(id);
    }

    @Test
    void aWithdrawnRequestIsClosedForWithdrawalVotesAndResubmission() {
        String id = underReview();
        assertThat(api.post("/api/requests/" + id + "/withdraw", researcherToken, "").status()).isEqualTo(200);
        long before = storedEvents();

        assertProblem(api.post("/api/requests/" + id + "/withdraw", researcherToken, ""), 409, "ALREADY_WITHDRAWN");
        assertProblem(api.post("/api/requests/" + id + "/votes", TestTokens.token(reviewer, "reviewer"),
                HttpApi.json(Map.of("vote", "approve", "reason", "Fine."))), 409, "REVIEW_NOT_OPEN");
        assertProblem(api.post("/api/requests/" + id + "/resubmit", researcherToken, HttpApi.json(request(dataset))),
                409, "ALREADY_WITHDRAWN");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/requests/" + id, STEWARD).json().at("/review/status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void anAmendedRequestIsResubmittedAsANewVersionAgainstTheNewTerms() {
        String id = underReview();
        assertThat(api.get("/api/requests/" + id, researcherToken).json().at("/terms_versions/" + dataset).asInt()).isEqualTo(1);
        assertThat(api.post("/api/requests/" + id + "/votes", TestTokens.token(reviewer, "reviewer"),
                HttpApi.json(Map.of("vote", "request_changes", "reason", "Fewer fields."))).status()).isEqualTo(201);
        awaitState(id, "CHANGES_REQUESTED");
        Map<String, Object> terms = new HashMap<>(termsOf(dataset));
        terms.put("retention_max_days", 730);
        assertThat(api.put("/api/datasets/" + dataset + "/terms", STEWARD, HttpApi.json(terms)).status()).isEqualTo(200);
        Map<String, Object> amended = new HashMap<>(request(dataset));
        amended.put("duration_days", 180);

        HttpApi.Response resubmitted = api.post("/api/requests/" + id + "/resubmit", researcherToken, HttpApi.json(amended));

        assertThat(resubmitted.status()).as(resubmitted.raw()).isEqualTo(200);
        assertThat(resubmitted.json().at("/state").asText()).isEqualTo("SUBMITTED");
        assertThat(resubmitted.json().at("/version").asInt()).isEqualTo(2);
        assertThat(resubmitted.json().at("/terms_versions/" + dataset).asInt()).isEqualTo(2);
        assertThat(events(resubmitted.json()).stream().filter("request.version-submitted"::equals)).hasSize(2);
        var second = kafka.await(record -> KafkaProbe.ofType(EventType.REQUEST_SUBMITTED, id).test(record)
                && ((RequestSubmitted) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record))).durationDays() == 180,
                Duration.ofSeconds(30));
        var first = kafka.await(KafkaProbe.ofType(EventType.REQUEST_SUBMITTED, id), Duration.ofSeconds(5));
        assertThat(KafkaProbe.header(second, "ce_id")).isNotEqualTo(KafkaProbe.header(first, "ce_id"));
        assertThat(new String(second.key())).isEqualTo(id);

        decide(id, new Decision(Outcome.ALLOW, List.of(), OBLIGATIONS, "sha256:test"));
        awaitState(id, "APPROVED");
        assertProblem(api.post("/api/requests/" + id + "/resubmit", researcherToken, HttpApi.json(amended)),
                409, "NOT_AWAITING_CHANGES");
        assertProblem(api.post("/api/requests/" + id + "/withdraw", researcherToken, ""), 409, "ALREADY_DECIDED");
    }

    @Test
    void aRefusalToReleaseTheApprovedRequestIsShownToItsResearcherOnce() {
        String id = approved();
        JsonNode entry = shownOnce(id, "release.refused", new ReleaseRefused(id, researcher, "dec-1",
                UUID.randomUUID().toString(), "QUORUM_NOT_MET", "the review of " + id + " has 1 of 2 approvals required"));
        assertThat(entry.toString()).contains("QUORUM_NOT_MET", "1 of 2 approvals");
        assertThat(entry.at("/actor").asText()).isEqualTo("release-service");
    }

    @Test
    void theReleaseOfAnApprovedRequestIsShownToItsResearcherOnce() {
        String id = approved();
        String releaseId = "rel-" + UUID.randomUUID();
        JsonNode entry = shownOnce(id, "release.issued", new ReleaseIssued(releaseId, id, researcher, List.of(dataset),
                OBLIGATIONS.eraseBy(), OBLIGATIONS));
        assertThat(entry.at("/data/release_id").asText()).isEqualTo(releaseId);
        assertThat(entry.at("/data/erase_by").asText()).isEqualTo("2027-11-22");
    }

    private String approved() {
        String id = submit();
        decide(id, new Decision(Outcome.ALLOW, List.of(), OBLIGATIONS, "sha256:test"));
        awaitState(id, "APPROVED");
        return id;
    }

    /** release-service's answer, delivered twice, appears once on the request's timeline as {@code name}. */
    private JsonNode shownOnce(String id, String name, GovernanceEvent answer) {
        EventMetadata metadata = new EventMetadata(UUID.randomUUID().toString(), URI.create("/release-service"),
                Instant.now().atOffset(ZoneOffset.UTC), "release-service");
        kafka.send(Topic.RELEASES.topicName(), id, GovernanceCloudEvents.encode(answer, metadata));
        kafka.send(Topic.RELEASES.topicName(), id, GovernanceCloudEvents.encode(answer, metadata));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(events(api.get("/api/requests/" + id, researcherToken).json())).contains(name));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(events(api.get("/api/requests/" + id, researcherToken).json())
                        .stream().filter(name::equals)).hasSize(1));
        return StreamSupport.stream(api.get("/api/requests/" + id, researcherToken).json().at("/timeline")
                .spliterator(), false).filter(e -> e.at("/event").asText().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aResubmissionRetriedWithTheSameIdempotencyKeyRecordsOneVersion() {
        String id = underReview();
        assertThat(api.post("/api/requests/" + id + "/votes", TestTokens.token(reviewer, "reviewer"),
                HttpApi.json(Map.of("vote", "request_changes", "reason", "Fewer fields."))).status()).isEqualTo(201);
        awaitState(id, "CHANGES_REQUESTED");
        String path = "/api/requests/" + id + "/resubmit";
        Map<String, String> key = Map.of("Idempotency-Key", "resubmit-" + id);
        assertThat(api.post(path, researcherToken, HttpApi.json(request(dataset)), key).status()).isEqualTo(200);
        long before = storedEvents();

        HttpApi.Response retried = api.post(path, researcherToken, HttpApi.json(request(dataset)), key);
        Map<String, Object> other = new HashMap<>(request(dataset));
        other.put("duration_days", 30);
        HttpApi.Response reused = api.post(path, researcherToken, HttpApi.json(other), key);

        assertThat(retried.status()).as(retried.raw()).isEqualTo(200);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().at("/version").asInt()).isEqualTo(2);
        assertProblem(reused, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void onlyARequestSentBackForChangesIsResubmittedAndTwiceIsRefused() {
        String id = submit();
        long before = storedEvents();

        assertProblem(api.post("/api/requests/" + id + "/resubmit", researcherToken, HttpApi.json(request(dataset))),
                409, "NOT_AWAITING_CHANGES");

        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badWithdrawalsAreRefusedAndChangeNothing() {
        String id = submit();
        long before = storedEvents();
        String path = "/api/requests/" + id + "/withdraw";

        assertProblem(api.post(path, null, ""), 401, "UNAUTHENTICATED");
        assertProblem(api.post(path, TestTokens.token(researcher, "reviewer", "steward"), ""), 403, "FORBIDDEN");
        assertProblem(api.post(path, TestTokens.token("r-someone-else", "researcher"), ""), 404, "UNKNOWN_REQUEST");
        assertProblem(api.post("/api/requests/req-nowhere/withdraw", researcherToken, ""), 404, "UNKNOWN_REQUEST");
        assertProblem(api.post(path, researcherToken, "{\"reason\":"), 400, "MALFORMED_BODY");
        assertProblem(api.post(path, researcherToken, "{\"why\":\"x\"}"), 400, "MALFORMED_BODY");
        assertProblem(api.post(path, researcherToken, HttpApi.json(Map.of("reason", "x".repeat(2001)))), 400, "INVALID_FIELDS");
        assertProblem(api.post(path, researcherToken, HttpApi.json(Map.of("reason", "x".repeat(70_000)))), 413, "BODY_TOO_LARGE");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/requests/" + id, STEWARD).json().at("/state").asText()).isEqualTo("SUBMITTED");
    }

    @Test
    void badResubmissionsAreRefusedAndChangeNothing() {
        String id = underReview();
        assertThat(api.post("/api/requests/" + id + "/votes", TestTokens.token(reviewer, "reviewer"),
                HttpApi.json(Map.of("vote", "request_changes", "reason", "Fewer fields."))).status()).isEqualTo(201);
        awaitState(id, "CHANGES_REQUESTED");
        long before = storedEvents();
        String path = "/api/requests/" + id + "/resubmit";
        Map<String, Object> invalid = new HashMap<>(request(dataset));
        invalid.put("duration_days", 0);

        assertProblem(api.post(path, null, HttpApi.json(request(dataset))), 401, "UNAUTHENTICATED");
        assertProblem(api.post(path, TestTokens.token(researcher, "steward"), HttpApi.json(request(dataset))), 403, "FORBIDDEN");
        assertProblem(api.post(path, TestTokens.token("r-someone-else", "researcher"), HttpApi.json(request(dataset))),
                404, "UNKNOWN_REQUEST");
        assertProblem(api.post(path, researcherToken, "{\"datasets\":"), 400, "MALFORMED_BODY");
        assertProblem(api.post(path, researcherToken, HttpApi.json(invalid)), 400, "INVALID_FIELDS");
        assertProblem(api.post(path, researcherToken, HttpApi.json(request("ds-not-in-catalog"))), 422, "UNKNOWN_DATASET");
        Map<String, Object> huge = new HashMap<>(request(dataset));
        huge.put("purpose", Map.of("codes", List.of("DUO:0000006"), "statement", "x".repeat(70_000)));
        assertProblem(api.post(path, researcherToken, HttpApi.json(huge)), 413, "BODY_TOO_LARGE");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/requests/" + id, STEWARD).json().at("/version").asInt()).isEqualTo(1);
    }

    private String submit() {
        HttpApi.Response response = api.post("/api/requests", researcherToken, HttpApi.json(request(dataset)));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.json().at("/id").asText();
    }

    private String underReview() {
        String id = submit();
        decide(id, new Decision(Outcome.REVIEW, List.of(), OBLIGATIONS, "sha256:test"));
        awaitState(id, "AWAITING_REVIEW");
        return id;
    }

    private void decide(String requestId, Decision decision) {
        DecisionMade made = new DecisionMade("dec-" + UUID.randomUUID(), requestId, Instant.now(), decision);
        EventMetadata metadata = new EventMetadata(UUID.randomUUID().toString(), URI.create("/policy-service"),
                Instant.now().atOffset(ZoneOffset.UTC), "policy-service");
        kafka.send(Topic.DECISIONS.topicName(), requestId, GovernanceCloudEvents.encode(made, metadata));
    }

    private void awaitState(String requestId, String state) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/requests/" + requestId, STEWARD).json().at("/state").asText()).isEqualTo(state));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> termsOf(String datasetId) {
        return (Map<String, Object>) dataset(datasetId, List.of("DUO:0000006"), "auto").get("terms");
    }

    private static List<String> events(JsonNode details) {
        return StreamSupport.stream(details.at("/timeline").spliterator(), false).map(e -> e.at("/event").asText()).toList();
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).as(response.raw()).isEqualTo(code);
    }
}
