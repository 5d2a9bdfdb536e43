package org.custodian.request.chatops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.custodian.contracts.EventType;
import org.custodian.request.chatops.slack.SlackStandIn;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invariant 5, view by view, in a blinded review whose requester sits on the committee: reviewers never
 * see who asked nor whom the panel left out; the requester sees the outcome and the counts, never who
 * reviewed, voted or recused and why; compliance sees everything.
 */
class BlindedViewsIT extends ChatOpsIntegration {

    private static final String CONFLICT_REASON = "I co-supervised a thesis with them.";
    private static final String VOTE_REASON = "Sound design.";
    private static final String COMPLIANCE = TestTokens.token("cora-compliance", "compliance");

    private final String first = unique("rev");
    private final String second = unique("rev");
    private final String third = unique("rev");
    private String requester;
    private String dataset;

    @BeforeEach
    void aBlindedCommitteeTheRequesterSitsOn() {
        requester = person(REQUESTER_INSTITUTION);
        dataset = datasetReviewedBy(List.of(first, requester, second, third), true);
    }

    @Test
    void theRequestView() {
        String id = submit(requester, dataset);
        decide(id, REVIEW);
        kafka.await(KafkaProbe.ofType(EventType.REVIEW_ASSIGNED, id), WAIT);
        assertThat(api.post("/api/requests/" + id + "/conflicts", reviewer(third),
                HttpApi.json(Map.of("reason", CONFLICT_REASON))).status()).isEqualTo(201);
        assertThat(api.post("/api/requests/" + id + "/votes", reviewer(first),
                HttpApi.json(Map.of("vote", "approve", "reason", VOTE_REASON))).status()).isEqualTo(201);

        HttpApi.Response asReviewer = api.get("/api/requests/" + id, reviewer(second));
        assertThat(asReviewer.status()).as(asReviewer.raw()).isEqualTo(200);
        assertBlind(asReviewer.raw(), requester);
        assertThat(asReviewer.json().at("/review/reviewers").toString()).as("only themself: nobody can tell who was left off")
                .isEqualTo("[\"" + second + "\"]");
        assertThat(asReviewer.raw()).doesNotContain(CONFLICT_REASON);
        assertThat(assigned(asReviewer).has("reviewers")).isFalse();

        HttpApi.Response asRequester = api.get("/api/requests/" + id, TestTokens.token(requester, "researcher"));
        assertThat(asRequester.status()).as(asRequester.raw()).isEqualTo(200);
        assertThat(asRequester.raw()).as("no reviewer, no vote's author, no recusal's reason")
                .doesNotContain(first).doesNotContain(second).doesNotContain(third).doesNotContain(CONFLICT_REASON);
        assertThat(asRequester.json().at("/review/approvals").asInt()).isEqualTo(1);
        assertThat(asRequester.json().at("/review/approvals_required").asInt()).isEqualTo(2);
        assertThat(asRequester.json().at("/state").asText()).isEqualTo("AWAITING_REVIEW");

        HttpApi.Response asCompliance = api.get("/api/requests/" + id, COMPLIANCE);
        assertThat(asCompliance.raw()).contains(requester, first, second, third, CONFLICT_REASON, VOTE_REASON);
    }

    @Test
    void theManuscriptView() {
        String id = manuscriptOf(requester, released(requester, List.of(dataset), OBLIGATIONS));

        HttpApi.Response asReviewer = api.get("/api/manuscripts/" + id, reviewer(first));
        assertThat(asReviewer.status()).as(asReviewer.raw()).isEqualTo(200);
        assertBlind(asReviewer.raw(), requester);
        assertThat(asReviewer.raw()).doesNotContain(second).doesNotContain(third);

        HttpApi.Response asAuthor = api.get("/api/manuscripts/" + id, TestTokens.token(requester, "researcher"));
        assertThat(asAuthor.status()).as(asAuthor.raw()).isEqualTo(200);
        assertThat(asAuthor.raw()).doesNotContain(first).doesNotContain(second).doesNotContain(third);

        assertThat(api.get("/api/manuscripts/" + id, COMPLIANCE).raw()).contains(requester, first, second, third);
    }

    @Test
    void theChatBrief() {
        String id = submit(requester, dataset);
        decide(id, REVIEW);
        SlackStandIn.Call posted = awaitCall("chat.postMessage", "\"value\":\"" + id + "\"");

        assertBlind(posted.body(), requester);
        assertThat(posted.body()).contains("hidden (blinded review)");
    }

    private static JsonNode assigned(HttpApi.Response view) {
        for (JsonNode entry : view.json().at("/timeline")) {
            if (entry.path("event").asText().equals(EventType.REVIEW_ASSIGNED.suffix())) {
                return entry.path("data");
            }
        }
        throw new AssertionError("no review.assigned in " + view.raw());
    }

    private static String reviewer(String subject) {
        return TestTokens.token(subject, "reviewer");
    }
}
