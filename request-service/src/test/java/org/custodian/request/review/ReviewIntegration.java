package org.custodian.request.review;

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
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;

/** Committees, requests under review and reviewers, set up over HTTP and Kafka as in production. */
abstract class ReviewIntegration extends RequestServiceIntegration {

    static final String REQUESTER_NAME = "Grace Hopper";
    static final String REQUESTER_INSTITUTION = "inst-requesters";
    static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("age_band", "hba1c"), false, false, null, false);
    static final Decision REVIEW = new Decision(Outcome.REVIEW, List.of(new Reason("review", "COMMITTEE_REVIEW_REQUIRED",
            null, "Committee review: " + REQUESTER_INSTITUTION + " is not yet an approved institution.")),
            OBLIGATIONS, "sha256:test");

    String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A registered researcher of {@code institution}; their id is their token subject. */
    String person(String institution) {
        String id = unique("p");
        HttpApi.Response response = api.post("/api/researchers", STEWARD, HttpApi.json(Map.of(
                "id", id, "name", REQUESTER_NAME, "institution", institution, "country", "DE", "vetted", true,
                "dsa_signed", true)));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return id;
    }

    /** A new dataset whose committee is {@code reviewers}, needing two approvals. */
    String datasetReviewedBy(List<String> reviewers, boolean blinded) {
        String id = unique("ds-rev");
        registerDataset(id, List.of("DUO:0000006"), "auto");
        HttpApi.Response response = api.put("/api/datasets/" + id + "/committee", STEWARD, HttpApi.json(Map.of(
                "reviewers", reviewers, "approvals_required", Math.min(2, reviewers.size()), "blinded", blinded)));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return id;
    }

    String submit(String researcherId, String datasetId) {
        HttpApi.Response response = api.post("/api/requests", TestTokens.token(researcherId, "researcher"),
                HttpApi.json(request(datasetId)));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.json().at("/id").asText();
    }

    /** Sends the policy's decision on the decisions topic, as policy-service would. */
    void decide(String requestId, Decision decision) {
        DecisionMade made = new DecisionMade("dec-" + UUID.randomUUID(), requestId, Instant.now(), decision);
        EventMetadata metadata = new EventMetadata(UUID.randomUUID().toString(), URI.create("/policy-service"),
                Instant.now().atOffset(ZoneOffset.UTC), "policy-service");
        kafka.send(Topic.DECISIONS.topicName(), requestId, GovernanceCloudEvents.encode(made, metadata));
    }

    /** Submits a request and sends it to review; returns once the review is open. */
    String underReview(String researcherId, String datasetId) {
        String id = submit(researcherId, datasetId);
        decide(id, REVIEW);
        awaitState(id, "AWAITING_REVIEW");
        return id;
    }

    void awaitState(String requestId, String state) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(api.get("/api/requests/" + requestId, STEWARD).json().at("/state").asText()).isEqualTo(state));
    }

    HttpApi.Response vote(String requestId, String reviewer, String vote, String reason) {
        return api.post("/api/requests/" + requestId + "/votes", TestTokens.token(reviewer, "reviewer"),
                HttpApi.json(Map.of("vote", vote, "reason", reason)));
    }

    HttpApi.Response declareConflict(String requestId, String reviewer, String reason) {
        return api.post("/api/requests/" + requestId + "/conflicts", TestTokens.token(reviewer, "reviewer"),
                HttpApi.json(Map.of("reason", reason)));
    }

    /** Nothing in a payload a reviewer receives may name the requester, their name or institution. */
    static void assertBlind(HttpApi.Response response, String requesterId) {
        assertThat(response.raw()).doesNotContain(requesterId).doesNotContain(REQUESTER_NAME)
                .doesNotContain(REQUESTER_INSTITUTION);
    }
}
