package org.custodian.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.app_backend.SlackSignature;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.custodian.testing.HttpApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The committee path across all four services: a request the policy sends to review is posted to Slack
 * (blinded), two reviewers approve with signed button clicks, the request is approved, released and audited.
 */
class CommitteeReviewIT {

    private static final String DATASET = "ds-committee";
    private static final String RESEARCHER = "r-committee";
    private static final String INSTITUTION = "inst-committee";

    private static PlatformUnderTest platform;

    @BeforeAll
    static void registerCommittee() {
        platform = PlatformUnderTest.get();
        platform.registerDataset(DATASET, "committee", List.of("DUO:0000006"));
        platform.registerResearcher(RESEARCHER, INSTITUTION);
        put("/api/datasets/" + DATASET + "/committee",
                Map.of("reviewers", List.of("rev-e2e-a", "rev-e2e-b"), "approvals_required", 2, "blinded", true));
        put("/api/chatops/members/rev-e2e-a", Map.of("slack_user_id", "U0E2EA"));
        put("/api/chatops/members/rev-e2e-b", Map.of("slack_user_id", "U0E2EB"));
    }

    @Test
    void twoSlackApprovalsReleaseTheDataAndEveryStepIsAudited() throws Exception {
        String researcher = platform.token(RESEARCHER, "researcher");
        String id = platform.submit(researcher, PlatformUnderTest.diabetesResearch(), DATASET);

        await().atMost(PlatformUnderTest.ASYNC).until(() -> !platform.slack.calls("chat.postMessage", id).isEmpty());
        String message = platform.slack.calls("chat.postMessage", id).get(0).body().toString();
        assertThat(message).contains("request.approve").doesNotContain(RESEARCHER).doesNotContain(INSTITUTION);

        assertThat(click("U0E2EA", id)).isEqualTo(200);
        assertThat(click("U0E2EB", id)).isEqualTo(200);

        platform.awaitState(id, researcher, "APPROVED");
        assertThat(platform.releaseOf(id, researcher).at("/state").asText()).isEqualTo("ISSUED");
        await().atMost(PlatformUnderTest.ASYNC).until(() -> !platform.slack.calls("chat.update", id).isEmpty());
        assertThat(platform.slack.calls("chat.update", id).get(0).body().toString()).doesNotContain("request.approve");
        List<String> types = platform.awaitAuditTypes(id, 7);
        assertThat(types).containsExactlyInAnyOrder("org.custodian.request.submitted.v1",
                "org.custodian.decision.made.v1", "org.custodian.review.assigned.v1",
                "org.custodian.review.vote-cast.v1", "org.custodian.review.vote-cast.v1",
                "org.custodian.request.approved.v1", "org.custodian.release.issued.v1");
    }

    private static int click(String slackUser, String requestId) throws Exception {
        String payload = HttpApi.json(Map.of("type", "block_actions", "user", Map.of("id", slackUser),
                "team", Map.of("id", SlackWorkspace.TEAM), "response_url", platform.slack.responseUrl(),
                "actions", List.of(Map.of("action_id", "request.approve", "value", requestId, "type", "button"))));
        String body = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);
        String timestamp = Long.toString(Instant.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(platform.platform.url("request-service")
                        + "/chatops/slack/interactions"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Slack-Request-Timestamp", timestamp)
                .header("X-Slack-Signature", new SlackSignature.Generator(SlackWorkspace.SIGNING_SECRET).generate(timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void put(String path, Map<String, Object> body) {
        HttpApi.Response response = platform.requests.put(path, platform.steward, HttpApi.json(body));
        assertThat(response.status()).as(response.raw()).isBetween(200, 204);
    }
}
