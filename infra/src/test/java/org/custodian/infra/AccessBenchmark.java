package org.custodian.infra;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.custodian.testing.HttpApi;

/**
 * {@code infra/bench access}: one integration reports uses of one release, one at a time, on the whole
 * platform (four service processes, one broker, one PostgreSQL). Prints the latency of the first and the
 * last uses and how fast they reach the audit log: a release's cost per use must not grow with its history.
 */
public final class AccessBenchmark {

    private static final int WINDOW = 500;

    private final PlatformUnderTest platform = PlatformUnderTest.get();

    public static void main(String[] args) throws Exception {
        int accesses = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int status = 1;
        try {
            new AccessBenchmark().run(Math.max(accesses, 2 * WINDOW + 100));
            status = 0;
        } finally {
            System.exit(status); // runs the shutdown hook that stops the platform's processes, also after a failure
        }
    }

    private void run(int accesses) throws InterruptedException {
        platform.registerDataset("ds-access-bench", "auto", List.of("DUO:0000006"));
        platform.registerResearcher("r-access-bench", "inst-1");
        String researcher = platform.token("r-access-bench", "researcher");
        String requestId = platform.submit(researcher, PlatformUnderTest.diabetesResearch(), "ds-access-bench");
        String releaseId = platform.releaseOf(requestId, researcher).at("/id").asText();

        long[] latencies = new long[accesses];
        long start = System.nanoTime();
        for (int i = 0; i < accesses; i++) {
            latencies[i] = report(releaseId, i);
            if ((i + 1) % 1000 == 0) {
                System.out.printf(Locale.ROOT, "%d uses reported, median of the last 500 %.1f ms%n", i + 1,
                        median(latencies, i + 1 - WINDOW, i + 1));
            }
        }
        double httpSeconds = (System.nanoTime() - start) / 1e9;
        long audited = awaitAudited(requestId, accesses);
        double auditSeconds = (System.nanoTime() - start) / 1e9;

        double early = median(latencies, 100, 100 + WINDOW);
        double late = median(latencies, accesses - WINDOW, accesses);
        System.out.printf(Locale.ROOT, "{\"accesses\": %d, \"http_per_s\": %.1f, \"audit_per_s\": %.1f, \"audited\": %d, "
                        + "\"early_median_ms\": %.2f, \"late_median_ms\": %.2f, \"late_over_early\": %.2f}%n",
                accesses, accesses / httpSeconds, audited / auditSeconds, audited, early, late, late / early);
    }

    private long report(String releaseId, int i) {
        long at = System.nanoTime();
        HttpApi.Response response = platform.releases.post("/api/releases/" + releaseId + "/accesses", platform.integration,
                HttpApi.json(Map.of("researcher_id", "r-access-bench", "dataset_id", "ds-access-bench",
                        "fields", List.of("hba1c"), "accessed_at", java.time.Instant.now().toString())),
                Map.of("Idempotency-Key", "bench-" + i));
        if (response.status() != 202) {
            throw new IllegalStateException("Report failed: " + response.status() + " " + response.raw());
        }
        return System.nanoTime() - at;
    }

    // Counts page by page from where it left off, so each poll reads only what arrived since the last.
    private long awaitAudited(String requestId, int accesses) throws InterruptedException {
        long deadline = System.nanoTime() + 600_000_000_000L;
        long audited = 0;
        String after = "";
        while (System.nanoTime() < deadline && audited < accesses) {
            JsonNode page = platform.audit.get("/api/audit/entries?subject=" + requestId
                    + "&type=org.custodian.release.accessed.v1&limit=1000" + after, platform.compliance).json();
            JsonNode entries = page.at("/entries");
            audited += entries.size();
            if (entries.size() > 0) {
                after = "&after=" + entries.get(entries.size() - 1).at("/seq").asLong();
            }
            if (!page.at("/next").isNumber()) {
                Thread.sleep(500);
            }
        }
        return audited;
    }

    private static double median(long[] latencies, int from, int to) {
        List<Long> window = new ArrayList<>();
        for (int i = from; i < to; i++) {
            window.add(latencies[i]);
        }
        window.sort(null);
        return window.get(window.size() / 2) / 1e6;
    }
}
