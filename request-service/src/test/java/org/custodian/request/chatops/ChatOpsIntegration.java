package org.custodian.request.chatops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.request.chatops.slack.SlackStandIn;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Reviews set up over HTTP and Kafka as in production, and Slack's requests signed as Slack signs them. */
public abstract class ChatOpsIntegration extends RequestServiceIntegration {

    protected static final Duration WAIT = Duration.ofSeconds(30);
    protected static final String REQUESTER_NAME = "Grace Hopper";
    protected static final String REQUESTER_INSTITUTION = "inst-chat-requesters";
    protected static final Obligations OBLIGATIONS = new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave",
            "approval", List.of("age_band", "hba1c"), false, false, null, false);
    protected static final Decision REVIEW = new Decision(Outcome.REVIEW, List.of(new Reason("review",
            "COMMITTEE_REVIEW_REQUIRED", null, "Committee review: " + REQUESTER_INSTITUTION
            + " is not yet an approved institution.")), OBLIGATIONS, "sha256:test");

    protected final SlackStandIn slack = SlackStandIn.shared();
    @LocalServerPort
    private int port;
    private final HttpClient http = HttpClient.newHttpClient();

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    protected String person(String institution) {
        return person(institution, null);
    }

    /** Registers a researcher, with the Slack user they act as when one is given. */
    protected String person(String institution, String slackUser) {
        String id = unique("p");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("id", id, "name", REQUESTER_NAME,
                "institution", institution, "country", "DE", "vetted", true, "dsa_signed", true));
        if (slackUser != null) {
            body.put("slack_user_id", slackUser);
        }
        HttpApi.Response response = api.post("/api/researchers", STEWARD, HttpApi.json(body));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return id;
    }

    protected static String newSlackUser() {
        return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
    }

    protected String datasetReviewedBy(List<String> reviewers, boolean blinded) {
        String id = unique("ds-chat");
        registerDataset(id, List.of("DUO:0000006"), "auto");
        HttpApi.Response response = api.put("/api/datasets/" + id + "/committee", STEWARD, HttpApi.json(Map.of(
                "reviewers", reviewers, "approvals_required", Math.min(2, reviewers.size()), "blinded", blinded)));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return id;
    }

    protected String submit(String researcherId, String datasetId) {
        HttpApi.Response response = api.post("/api/requests", TestTokens.token(researcherId, "researcher"),
                HttpApi.json(request(datasetId)));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.json().at("/id").asText();
    }

    protected void decide(String requestId, Decision decision) {
        DecisionMade made = new DecisionMade("dec-" + UUID.randomUUID(), requestId, Instant.now(), decision);
        publish(Topic.DECISIONS, requestId, made, "policy-service");
    }

    /** Submits a request, sends it to review and waits until chat posted it; returns the request id. */
    protected String reviewedInSlack(String requester, String dataset) {
        String id = submit(requester, dataset);
        decide(id, REVIEW);
        kafka.await(KafkaProbe.ofType(EventType.REVIEW_ASSIGNED, id), WAIT);
        awaitCall("chat.postMessage", "\"value\":\"" + id + "\"");
        return id;
    }

    /** Links the reviewer to a new Slack user id and returns it. */
    protected String linkToSlack(String reviewerId) {
        String slackUser = newSlackUser();
        HttpApi.Response response = api.put("/api/chatops/members/" + reviewerId, STEWARD,
                HttpApi.json(Map.of("slack_user_id", slackUser)));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return slackUser;
    }

    protected SlackStandIn.Call awaitCall(String path, String marker) {
        await().atMost(WAIT).until(() -> !slack.calls(path, marker).isEmpty());
        return slack.calls(path, marker).get(0);
    }

    /** The text of the follow-up Slack received at this response_url. */
    protected String awaitFollowUp(String responseUrl) {
        String path = URI.create(responseUrl).getPath();
        await().atMost(WAIT).until(() -> slack.calls().stream().anyMatch(call -> call.path().equals(path)));
        return slack.calls().stream().filter(call -> call.path().equals(path)).findFirst().orElseThrow().json()
                .path("text").asText();
    }

    // --- Slack's side: form bodies signed with the app's signing secret -------------------------------

    protected static String commandBody(String slackUser, String text, String responseUrl) {
        return form(Map.of("token", "legacy", "team_id", SlackStandIn.TEAM, "user_id", slackUser, "command", "/custodian",
                "text", text, "response_url", responseUrl, "trigger_id", "1.2.3"));
    }

    protected static String clickBody(String slackUser, String actionId, String value, String responseUrl) {
        String payload = HttpApi.json(Map.of("type", "block_actions", "user", Map.of("id", slackUser),
                "team", Map.of("id", SlackStandIn.TEAM), "response_url", responseUrl,
                "actions", List.of(Map.of("action_id", actionId, "value", value, "type", "button"))));
        return form(Map.of("payload", payload));
    }

    protected HttpApi.Response command(String slackUser, String text, String responseUrl) {
        return signedPost("/chatops/slack/commands", commandBody(slackUser, text, responseUrl));
    }

    protected HttpApi.Response click(String slackUser, String actionId, String value, String responseUrl) {
        return signedPost("/chatops/slack/interactions", clickBody(slackUser, actionId, value, responseUrl));
    }

    protected HttpApi.Response signedPost(String path, String body) {
        long timestamp = Instant.now().getEpochSecond();
        return post(path, body, Long.toString(timestamp), sign(timestamp, body));
    }

    protected static String sign(long timestamp, String body) {
        return new SlackSignature.Generator(SlackStandIn.SIGNING_SECRET).generate(Long.toString(timestamp), body);
    }

    /** Posts exactly these bytes and headers, as Slack (or an attacker) would. */
    protected HttpApi.Response post(String path, String body, String timestamp, String signature) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (timestamp != null) {
            builder.header("X-Slack-Request-Timestamp", timestamp);
        }
        if (signature != null) {
            builder.header("X-Slack-Signature", signature);
        }
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new HttpApi.Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }

    /** Nothing in a chat payload may name the requester of a blinded review. */
    protected static void assertBlind(String payload, String requesterId) {
        assertThat(payload).doesNotContain(requesterId).doesNotContain(REQUESTER_NAME).doesNotContain(REQUESTER_INSTITUTION);
    }
}
