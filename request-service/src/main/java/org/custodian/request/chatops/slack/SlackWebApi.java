package org.custodian.request.chatops.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Slack over HTTP: Web API methods with the bot token, and follow-ups to a {@code response_url};
 * each answer says whether to count it sent, try again (and not before when), or give up.
 */
@Component
class SlackWebApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TRANSIENT = Set.of("ratelimited", "internal_error", "fatal_error",
            "service_unavailable", "request_timeout");

    private final SlackSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SlackWebApi(SlackSettings settings) {
        this.settings = settings;
    }

    /** What one attempt came to: sent, try again (not before {@code retryAfter}), or give up. */
    record Attempt(ChatOutbound.State state, String error, Duration retryAfter) {

        static Attempt sent() {
            return new Attempt(ChatOutbound.State.SENT, null, Duration.ZERO);
        }

        static Attempt retry(String error, Duration after) {
            return new Attempt(ChatOutbound.State.PENDING, error, after);
        }

        static Attempt failed(String error) {
            return new Attempt(ChatOutbound.State.FAILED, error, Duration.ZERO);
        }
    }

    /** Slack's answer to a Web API call. */
    record Answer(int status, JsonNode body, Duration retryAfter) {

        boolean ok() {
            return status == 200 && body.path("ok").asBoolean(false);
        }

        Attempt attempt() {
            if (ok()) {
                return Attempt.sent();
            }
            String error = body.path("error").asText("HTTP " + status);
            if (status == 429 || status >= 500 || TRANSIENT.contains(error)) {
                return Attempt.retry(error, retryAfter);
            }
            return Attempt.failed(error);
        }
    }

    Answer call(String method, ObjectNode payload) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(settings.apiUrl() + "/" + method))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer " + settings.botToken())
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString())).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            body = null;
        }
        return new Answer(response.statusCode(), body == null ? JSON.createObjectNode() : body, retryAfter(response));
    }

    Attempt followUp(String url, String payload) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return Attempt.sent();
        }
        return status == 429 || status >= 500 ? Attempt.retry("HTTP " + status, retryAfter(response))
                : Attempt.failed("HTTP " + status + ": " + response.body());
    }

    static ObjectNode parse(String payload) throws IOException {
        return (ObjectNode) JSON.readTree(payload);
    }

    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").filter(value -> value.matches("[0-9]{1,6}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value))).orElse(Duration.ZERO);
    }
}
