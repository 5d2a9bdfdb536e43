package org.custodian.request.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.requests.ReviewStewardDecided;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Nothing waits with nobody able to act (invariant 11), over the real broker and database: a review
 * with no eligible reviewer goes to the stewards, who decide it or choose its reviewers from the
 * committee pool; a committee set later re-assigns it. And each committee's voting rule, shown where
 * the review is.
 */
class StewardReviewIT extends ReviewIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aReviewNobodyCanVoteOnIsTheStewardsWhoDecideItAsThemselves() {
        String requester = person(REQUESTER_INSTITUTION);
        String id = underReview(requester, datasetWithoutCommittee());
        JsonNode review = awaitReview(id, "STALLED");
        assertThat(review.at("/stalled_reason").asText()).isEqualTo("NO_ELIGIBLE_REVIEWERS");
        assertThat(review.at("/owner").asText()).isEqualTo("stewards");
        assertThat(review.at("/steward_actions").toString()).contains("PUT /api/requests/" + id + "/review/panel",
                "POST /api/requests/" + id + "/review/steward-decision");

        String path = "/api/requests/" + id + "/review/steward-decision";
        String body = HttpApi.json(Map.of("decision", "approve", "reason", "No committee yet; SCCs checked."));
        assertThat(api.post(path, TestTokens.token(requester, "researcher"), body).status()).isEqualTo(403);
        assertThat(api.post(path, TestTokens.token(unique("rev"), "reviewer"), body).status()).isEqualTo(403);
        assertProblem(api.post(path, STEWARD, HttpApi.json(Map.of("decision", "veto", "reason", "x"))), 400, "INVALID_FIELDS");
        HttpApi.Response decided = api.post(path, STEWARD, body);

        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
        assertThat(decided.json().at("/state").asText()).isEqualTo("APPROVED");
        JsonNode entry = entry(decided.json(), "review.steward-decided");
        assertThat(entry.at("/actor").asText()).isEqualTo("sam-steward");
        ConsumerRecord<byte[], byte[]> record = kafka.await(KafkaProbe.ofType(EventType.REVIEW_STEWARD_DECIDED, id), WAIT);
        ReviewStewardDecided published = (ReviewStewardDecided) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
        assertThat(published.decision()).isEqualTo(ReviewVote.APPROVE);
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo("sam-steward");
        kafka.await(KafkaProbe.ofType(EventType.REQUEST_APPROVED, id), WAIT);
    }

    @Test
    void aCommitteeSetLaterReassignsTheStalledReview() {
        String requester = person(REQUESTER_INSTITUTION);
        String dataset = datasetWithoutCommittee();
        String id = underReview(requester, dataset);
        awaitReview(id, "STALLED");
        String first = unique("rev");
        String second = unique("rev");

        HttpApi.Response committee = api.put("/api/datasets/" + dataset + "/committee", STEWARD,
                HttpApi.json(Map.of("reviewers", List.of(first, second), "approvals_required", 2)));
        assertThat(committee.status()).as(committee.raw()).isEqualTo(200);

        JsonNode review = awaitReview(id, "OPEN");
        assertThat(review.at("/reviewers").toString()).contains(first, second);
        assertThat(review.at("/owner").asText()).isEqualTo("reviewers");
        vote(id, first, "approve");
        vote(id, second, "approve");
        awaitState(id, "APPROVED");
    }

    @Test
    void aStewardChoosesReviewersFromTheCommitteePoolOnly() {
        String requester = person(REQUESTER_INSTITUTION);
        String colleague = person(REQUESTER_INSTITUTION);
        String pooled = unique("rev");
        String alsoPooled = unique("rev");
        datasetReviewedBy(List.of(pooled, alsoPooled, colleague), false);
        String id = underReview(requester, datasetWithoutCommittee());
        awaitReview(id, "STALLED");
        String path = "/api/requests/" + id + "/review/panel";
        long before = storedEvents();

        assertProblem(api.put(path, STEWARD, panel(List.of(pooled, "rev-nobody-knows"), null)), 422, "NOT_IN_COMMITTEE_POOL");
        assertProblem(api.put(path, STEWARD, panel(List.of(pooled, colleague), null)), 422, "REVIEWER_NOT_ELIGIBLE");
        assertProblem(api.put(path, STEWARD, panel(List.of(pooled, alsoPooled), 3)), 422, "QUORUM_EXCEEDS_PANEL");
        assertThat(api.put(path, TestTokens.token(requester, "researcher"), panel(List.of(pooled, alsoPooled), null))
                .status()).isEqualTo(403);
        assertProblem(api.put("/api/requests/req-nobody/review/panel", STEWARD, panel(List.of(pooled), 1)), 404,
                "UNKNOWN_REQUEST");
        assertThat(storedEvents()).isEqualTo(before);

        HttpApi.Response assigned = api.put(path, STEWARD, panel(List.of(pooled, alsoPooled), null));
        assertThat(assigned.status()).as(assigned.raw()).isEqualTo(200);
        assertThat(assigned.json().at("/review/status").asText()).isEqualTo("OPEN");
        assertThat(assigned.json().at("/review/reviewers").toString()).contains(pooled, alsoPooled);
        assertThat(entry(assigned.json(), "review.assigned").at("/actor").asText()).isNotEmpty();
        vote(id, pooled, "approve");
        vote(id, alsoPooled, "approve");
        awaitState(id, "APPROVED");
    }

    @Test
    void aReviewItsPanelCanFinishIsItsPanelsToDecide() {
        String requester = person(REQUESTER_INSTITUTION);
        String id = underReview(requester, datasetReviewedBy(List.of(unique("rev"), unique("rev")), false));
        long before = storedEvents();

        assertProblem(api.post("/api/requests/" + id + "/review/steward-decision", STEWARD,
                HttpApi.json(Map.of("decision", "approve", "reason", "Faster."))), 409, "REVIEW_NOT_STALLED");
        assertProblem(api.post("/api/requests/req-nobody/review/steward-decision", STEWARD,
                HttpApi.json(Map.of("decision", "approve", "reason", "Faster."))), 404, "UNKNOWN_REQUEST");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void underAMajorityOneRejectionDoesNotEndTheReviewAndTheRuleIsShown() {
        String requester = person(REQUESTER_INSTITUTION);
        List<String> panel = List.of(unique("rev"), unique("rev"), unique("rev"));
        String dataset = unique("ds-rev");
        registerDataset(dataset, List.of("DUO:0000006"), "auto");
        HttpApi.Response committee = api.put("/api/datasets/" + dataset + "/committee", STEWARD, HttpApi.json(Map.of(
                "reviewers", panel, "approvals_required", 2, "voting", "majority")));
        assertThat(committee.status()).as(committee.raw()).isEqualTo(200);
        assertThat(api.get("/api/datasets/" + dataset + "/committee", STEWARD).json().at("/voting").asText())
                .isEqualTo("majority");
        String id = underReview(requester, dataset);

        vote(id, panel.get(0), "reject");
        JsonNode review = api.get("/api/requests/" + id, STEWARD).json().at("/review");
        assertThat(review.at("/status").asText()).isEqualTo("OPEN");
        assertThat(review.at("/voting").asText()).isEqualTo("majority");
        assertThat(review.at("/approvals_needed").asInt()).isEqualTo(2);
        vote(id, panel.get(1), "approve");
        vote(id, panel.get(2), "approve");
        awaitState(id, "APPROVED");
    }

    @Test
    void anUnknownVotingRuleIsRefusedAsAnUnknownTermAndNothingChanges() {
        String dataset = datasetReviewedBy(List.of(unique("rev"), unique("rev")), false);
        long before = storedEvents();

        HttpApi.Response refused = api.put("/api/datasets/" + dataset + "/committee", STEWARD, HttpApi.json(Map.of(
                "reviewers", List.of(unique("rev"), unique("rev")), "voting", "plurality")));

        assertProblem(refused, 422, "UNKNOWN_TERM");
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("voting");
        assertThat(refused.json().at("/errors/0/value").asText()).isEqualTo("plurality");
        assertThat(refused.json().at("/errors/0/allowed").toString()).contains("quorum_with_veto", "majority", "unanimous");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/datasets/" + dataset + "/committee", STEWARD).json().at("/voting").asText())
                .isEqualTo("quorum_with_veto");
        assertThat(api.get("/api/vocabulary", STEWARD).json().at("/voting_rules/fields/0").asText()).isEqualTo("voting");
    }

    private String datasetWithoutCommittee() {
        String id = unique("ds-gdpr");
        registerDataset(id, List.of("DUO:0000006"), "auto");
        return id;
    }

    private JsonNode awaitReview(String id, String status) {
        await().atMost(WAIT).until(() -> status.equals(api.get("/api/requests/" + id, STEWARD).json()
                .at("/review/status").asText()));
        return api.get("/api/requests/" + id, STEWARD).json().at("/review");
    }

    private void vote(String id, String reviewer, String vote) {
        HttpApi.Response response = api.post("/api/requests/" + id + "/votes", TestTokens.token(reviewer, "reviewer"),
                HttpApi.json(Map.of("vote", vote, "reason", "Considered.")));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }

    private static String panel(List<String> reviewers, Integer approvals) {
        return approvals == null ? HttpApi.json(Map.of("reviewers", reviewers))
                : HttpApi.json(Map.of("reviewers", reviewers, "approvals_required", approvals));
    }

    private static JsonNode entry(JsonNode request, String event) {
        return StreamSupport.stream(request.at("/timeline").spliterator(), false)
                .filter(e -> e.at("/event").asText().equals(event)).reduce((a, b) -> b).orElseThrow();
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.json().at("/code").asText()).as(response.raw()).isEqualTo(code);
    }
}
