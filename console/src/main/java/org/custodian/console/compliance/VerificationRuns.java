package org.custodian.console.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.custodian.console.api.ServiceApi;
import org.custodian.console.api.ServiceProblem;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Verifications of the whole log running for compliance officers: each reads audit-service's NDJSON progress stream in
 * the background, so the page can poll how far it got. A run is seen only by whoever started it; the oldest are forgotten.
 */
@Component
class VerificationRuns {

    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/x-ndjson");
    private static final int KEPT = 100;

    /** How far one verification got: entries verified so far, of about {@code expected}; the verdict once it ends. */
    public static final class Run {
        private final String id = UUID.randomUUID().toString();
        private final String owner;
        private final long expected;
        private volatile long verified;
        private volatile JsonNode verdict;
        private volatile String failure;

        Run(String owner, long expected) {
            this.owner = owner;
            this.expected = expected;
        }

        public String getId() {
            return id;
        }

        public long getVerified() {
            return verified;
        }

        public JsonNode getVerdict() {
            return verdict;
        }

        public String getFailure() {
            return failure;
        }

        public boolean isDone() {
            return verdict != null || failure != null;
        }

        public long getMax() {
            return Math.max(1, Math.max(expected, verified));
        }
    }

    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private final ExecutorService workers = Executors.newFixedThreadPool(2);
    private final ObjectMapper json;

    VerificationRuns(ObjectMapper json) {
        this.json = json;
    }

    Run start(String owner, long expected, ServiceApi audit) {
        String bearer = audit.bearer();
        Run run = new Run(owner, expected);
        if (runs.size() >= KEPT) {
            runs.values().stream().filter(Run::isDone).findFirst().ifPresent(old -> runs.remove(old.id));
        }
        runs.put(run.id, run);
        workers.submit(() -> follow(run, audit, bearer));
        return run;
    }

    Optional<Run> find(String id, String owner) {
        return Optional.ofNullable(runs.get(id)).filter(run -> run.owner.equals(owner));
    }

    private void follow(Run run, ServiceApi audit, String bearer) {
        try {
            audit.stream("/api/audit/verify", Map.of(), JSON_LINES, bearer, body -> {
                BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    JsonNode node = json.readTree(line);
                    if (node.has("valid")) {
                        run.verified = node.path("entries").asLong();
                        run.verdict = node;
                    } else {
                        run.verified = node.path("verified").asLong();
                    }
                }
            });
            if (run.verdict == null) {
                run.failure = "The verification stream ended without a verdict.";
            }
        } catch (ServiceProblem problem) {
            run.failure = problem.getMessage();
        } catch (RuntimeException e) {
            run.failure = "The verification could not be read to its end.";
        }
    }
}
