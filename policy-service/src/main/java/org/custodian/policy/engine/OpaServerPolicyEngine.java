package org.custodian.policy.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.custodian.contracts.ContractJson;

/**
 * Evaluates the same Rego in an OPA server over its REST API. The server holds one data document, so
 * the terms to judge against are pushed first (Data API) whenever they differ from what it holds, and
 * no evaluation runs while they change.
 */
public final class OpaServerPolicyEngine implements PolicyEngine {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final PolicyBundle bundle;
    private final URI server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ReadWriteLock data = new ReentrantReadWriteLock();
    private ObjectNode pushed;

    public OpaServerPolicyEngine(PolicyBundle bundle, URI server) {
        this.bundle = bundle;
        this.server = server;
    }

    @Override
    public ObjectNode evaluate(JsonNode input, ObjectNode datasets) {
        Lock reading = data.readLock();
        reading.lock();
        try {
            if (datasets.equals(pushed)) {
                return query(PolicyCalendar.annotate(input, datasets));
            }
        } finally {
            reading.unlock();
        }
        Lock writing = data.writeLock();
        writing.lock();
        try {
            if (!datasets.equals(pushed)) {
                send(HttpRequest.newBuilder(server.resolve("/v1/data")).PUT(json(bundle.data(datasets))), 204);
                pushed = datasets.deepCopy();
            }
            return query(PolicyCalendar.annotate(input, datasets));
        } finally {
            writing.unlock();
        }
    }

    @Override
    public String revision() {
        return bundle.revision();
    }

    @Override
    public String name() {
        return "opa-server";
    }

    private ObjectNode query(JsonNode input) {
        ObjectNode body = ContractJson.mapper().createObjectNode().set("input", input);
        JsonNode response = send(HttpRequest.newBuilder(server.resolve("/v1/data/" + ENTRYPOINT)).POST(json(body)), 200);
        return DecisionDocuments.document(response.get("result"), bundle.revision());
    }

    private JsonNode send(HttpRequest.Builder request, int expected) {
        try {
            HttpResponse<String> response = http.send(request.timeout(TIMEOUT).header("Content-Type", "application/json")
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new PolicyEvaluationException("OPA server answered " + response.statusCode() + ": " + response.body(), null);
            }
            return response.body().isEmpty() ? ContractJson.mapper().createObjectNode()
                    : ContractJson.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new PolicyEvaluationException("OPA server at " + server + " is unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PolicyEvaluationException("Interrupted while asking the OPA server", e);
        }
    }

    private static HttpRequest.BodyPublisher json(JsonNode body) {
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }
}
