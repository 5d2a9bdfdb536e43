package org.custodian.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Slack's Web API and response URLs on loopback, for the platform's request-service to talk to. */
final class SlackWorkspace implements AutoCloseable {

    static final String SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String TEAM = "T0E2E";
    static final String REVIEW_CHANNEL = "C0REVIEWS";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A call Slack received: the Web API method or response URL, and the JSON body. */
    record Call(String path, JsonNode body) {
    }

    private final HttpServer server;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final AtomicLong messages = new AtomicLong(1_800_000_000L);

    SlackWorkspace() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.start();
    }

    /** The request-service settings that connect it to this workspace. */
    Map<String, String> settings() {
        return Map.of("custodian.chatops.slack.api-url", base() + "/api",
                "custodian.chatops.slack.response-url-prefix", base() + "/response/",
                "custodian.chatops.slack.bot-token", "xoxb-e2e",
                "custodian.chatops.slack.signing-secret", SIGNING_SECRET,
                "custodian.chatops.slack.team-id", TEAM,
                "custodian.chatops.slack.review-channel", REVIEW_CHANNEL,
                "custodian.chatops.slack.poll-interval", "200ms",
                "custodian.chatops.slack.retry.initial-interval", "200ms",
                "custodian.chatops.slack.retry.max-interval", "2s");
    }

    String responseUrl() {
        return base() + "/response/" + UUID.randomUUID();
    }

    List<Call> calls(String method, String about) {
        return calls.stream().filter(c -> c.path().endsWith(method) && c.body().toString().contains(about)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        calls.add(new Call(path, body));
        String ts = path.endsWith("chat.update") ? body.path("ts").asText() : messages.incrementAndGet() + ".000100";
        byte[] answer = JSON.createObjectNode().put("ok", true).put("channel", body.path("channel").asText())
                .put("ts", ts).toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
