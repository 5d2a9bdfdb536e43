package org.custodian.request.chatops.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real HTTP server on loopback standing in for Slack, one per test JVM: its Web API
 * ({@code chat.postMessage}, {@code chat.update}) and the {@code response_url}s. Records every call
 * and answers as Slack does, or as a test scripted for calls whose body contains a marker.
 */
public final class SlackStandIn {

    public static final String SIGNING_SECRET = "e3b0c44298fc1c149afbf4c8996fb924";
    public static final String BOT_TOKEN = "xoxb-test-token";
    public static final String TEAM = "T0CUSTODIAN";
    public static final String REVIEW_CHANNEL = "C0REVIEWS";
    public static final String STEWARD_CHANNEL = "C0STEWARDS";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SlackStandIn shared;

    /** One call Slack received. */
    public record Call(String path, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public boolean about(String marker) {
            return body.contains(marker);
        }
    }

    /** A scripted answer: status, body and an optional Retry-After. */
    public record Answer(int status, String body, String retryAfter) {
    }

    private final HttpServer server;
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Deque<Answer>> scripted = new ConcurrentHashMap<>();
    private final AtomicLong messages = new AtomicLong(1_700_000_000L);

    private SlackStandIn() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/", exchange -> handle(exchange, this::webApi));
        server.createContext("/response/", exchange -> handle(exchange, (call, ex) -> respond(ex, 200, "ok", null)));
        server.start();
    }

    public static synchronized SlackStandIn shared() {
        if (shared == null) {
            shared = new SlackStandIn();
        }
        return shared;
    }

    /** Points the service under test at this stand-in. */
    public static void configure(DynamicPropertyRegistry registry) {
        SlackStandIn slack = shared();
        registry.add("custodian.chatops.slack.api-url", slack::apiUrl);
        registry.add("custodian.chatops.slack.response-url-prefix", slack::responseUrlPrefix);
        registry.add("custodian.chatops.slack.bot-token", () -> BOT_TOKEN);
        registry.add("custodian.chatops.slack.signing-secret", () -> SIGNING_SECRET);
        registry.add("custodian.chatops.slack.team-id", () -> TEAM);
        registry.add("custodian.chatops.slack.review-channel", () -> REVIEW_CHANNEL);
        registry.add("custodian.chatops.slack.steward-channel", () -> STEWARD_CHANNEL);
        registry.add("custodian.chatops.slack.poll-interval", () -> "100ms");
        registry.add("custodian.chatops.slack.retry.initial-interval", () -> "100ms");
        registry.add("custodian.chatops.slack.retry.max-attempts", () -> "6");
    }

    public String apiUrl() {
        return base() + "/api";
    }

    public String responseUrlPrefix() {
        return base() + "/response/";
    }

    /** A fresh response_url, as Slack gives one per command or click. */
    public String responseUrl() {
        return responseUrlPrefix() + UUID.randomUUID();
    }

    /** Answers the next calls whose body contains {@code marker} with these answers, in order. */
    public void script(String marker, Answer... answers) {
        scripted.computeIfAbsent(marker, key -> new ConcurrentLinkedDeque<>()).addAll(List.of(answers));
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    public List<Call> calls(String path, String marker) {
        return calls().stream().filter(call -> call.path().endsWith(path) && call.about(marker)).toList();
    }

    private void webApi(Call call, HttpExchange exchange) throws IOException {
        for (Map.Entry<String, Deque<Answer>> script : scripted.entrySet()) {
            Answer answer = call.about(script.getKey()) ? script.getValue().poll() : null;
            if (answer != null) {
                respond(exchange, answer.status(), answer.body(), answer.retryAfter());
                return;
            }
        }
        JsonNode request = call.json();
        String ts = call.path().endsWith("chat.update") ? request.path("ts").asText() : messages.incrementAndGet() + ".000100";
        respond(exchange, 200, JSON.createObjectNode().put("ok", true).put("channel", request.path("channel").asText())
                .put("ts", ts).toString(), null);
    }

    private void handle(HttpExchange exchange, Handler handler) throws IOException {
        Call call = new Call(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        calls.add(call);
        handler.handle(call, exchange);
    }

    private static void respond(HttpExchange exchange, int status, String body, String retryAfter) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @FunctionalInterface
    private interface Handler {
        void handle(Call call, HttpExchange exchange) throws IOException;
    }
}
