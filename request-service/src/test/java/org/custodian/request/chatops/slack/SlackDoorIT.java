package org.custodian.request.chatops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.custodian.contracts.EventType;
import org.custodian.request.chatops.ChatOpsIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

/**
 * Slack's doors refuse what Slack did not sign, or signed for another body, another time or once
 * already, with 401 problem+json; bad forms, foreign workspaces and oversized bodies get their 4xx.
 * None of them records a vote or sends anything.
 */
class SlackDoorIT extends ChatOpsIntegration {

    @Test
    void tamperedExpiredFutureUnsignedAndReplayedPostsAreRefusedAndChangeNothing() {
        String reviewer = unique("rev");
        String reviewerSlack = linkToSlack(reviewer);
        String id = reviewedInSlack(person(REQUESTER_INSTITUTION), datasetReviewedBy(List.of(reviewer, unique("rev")), false));
        String url = slack.responseUrl();
        String body = clickBody(reviewerSlack, "request.approve", id, url);
        long now = Instant.now().getEpochSecond();
        String tampered = clickBody(reviewerSlack, "request.reject", id, url);

        assertRefused(post("/chatops/slack/interactions", tampered, Long.toString(now), sign(now, body)), "BAD_SIGNATURE");
        assertRefused(post("/chatops/slack/interactions", body, Long.toString(now - 301), sign(now - 301, body)),
                "SIGNATURE_EXPIRED");
        assertRefused(post("/chatops/slack/interactions", body, Long.toString(now + 400), sign(now + 400, body)),
                "SIGNATURE_EXPIRED");
        assertRefused(post("/chatops/slack/interactions", body, null, null), "SIGNATURE_MISSING");
        assertRefused(post("/chatops/slack/commands", commandBody(reviewerSlack, "approve " + id, url), Long.toString(now),
                "v0=" + "0".repeat(64)), "BAD_SIGNATURE");
        assertThat(votesCast(id)).isZero();
        assertThat(followUpsTo(url)).isZero();

        HttpApi.Response first = post("/chatops/slack/interactions", body, Long.toString(now), sign(now, body));
        HttpApi.Response replay = post("/chatops/slack/interactions", body, Long.toString(now), sign(now, body));

        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertRefused(replay, "REPLAYED_REQUEST");
        assertThat(awaitFollowUp(url)).contains("is recorded");
        kafka.await(KafkaProbe.ofType(EventType.REVIEW_VOTE_CAST, id), WAIT);
        assertThat(votesCast(id)).isEqualTo(1);
    }

    @Test
    void signedButMalformedForeignOrMisdirectedPostsGetAClearProblem() {
        String slackUser = linkToSlack(unique("rev"));
        String url = slack.responseUrl();

        assertProblem(signedPost("/chatops/slack/interactions", "payload=%7Bnot-json"), 400, "MALFORMED_BODY");
        assertProblem(signedPost("/chatops/slack/interactions", "no-form-here"), 400, "MALFORMED_BODY");
        assertProblem(signedPost("/chatops/slack/commands", "user_id=" + slackUser + "&user_id=U2&command=%2Fc&response_url=x"),
                400, "MALFORMED_BODY");
        assertProblem(signedPost("/chatops/slack/commands", "user_id=" + slackUser + "&command=%2Fcustodian&text=pending"),
                400, "MALFORMED_BODY");
        assertProblem(signedPost("/chatops/slack/commands", commandBody(slackUser, "pending", "https://evil.example/hook")),
                400, "MALFORMED_BODY");
        assertProblem(signedPost("/chatops/slack/commands", commandBody(slackUser, "pending", url)
                .replace(SlackStandIn.TEAM, "T0ELSEWHERE")), 403, "FOREIGN_WORKSPACE");
        assertProblem(signedPost("/chatops/slack/commands", commandBody(slackUser, "x".repeat(70_000), url)), 413,
                "BODY_TOO_LARGE");
        assertThat(followUpsTo(url)).isZero();
    }

    private void assertRefused(HttpApi.Response response, String code) {
        assertProblem(response, 401, code);
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }

    private long votesCast(String id) {
        return kafka.drain(Duration.ofSeconds(1)).stream().filter(KafkaProbe.ofType(EventType.REVIEW_VOTE_CAST, id)).count();
    }

    private long followUpsTo(String url) {
        long queued = jdbc.sql("SELECT count(*) FROM chat_outbound WHERE url = ?").param(url).query(Long.class).single();
        String path = java.net.URI.create(url).getPath();
        return queued + slack.calls().stream().filter(call -> call.path().equals(path)).count();
    }
}
