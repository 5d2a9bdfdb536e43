package org.custodian.infra;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.custodian.testing.HttpApi;

/**
 * {@code infra/bench access}: one integration reports uses of one release on the whole platform (four
 * service processes, one broker, one PostgreSQL), from its first use to its {@code ACCESSES}th: 600 single
 * reports, then batches of {@code BATCH} from {@code CLIENTS} clients, then 600 single reports again. Prints
 * the median latency of single reports at the start and at the end (a release's cost per use must not grow
 * with its history) and how fast the batched uses reach the audit log.
 */
public final class AccessBenchmark {

    private static final int WARM_UP = 100;
    private static final int WINDOW = 500;
    private static final String BENCH_RESEARCHER = "r-access-bench";
    private static final String DATASET = "ds-access-bench";

    private final PlatformUnderTest platform = PlatformUnderTest.get();
    private final int batch = Integer.getInteger("batch", 1000);
    private final int clients = Integer.getInteger("clients", 2);
    private String releaseId;
    private String requestId;

    public static void main(String[] args) throws Exception {
        int accesses = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int status = 1;
        try {
            new AccessBenchmark().run(accesses);
            status = 0;
        } catch (Exception | Error e) {
            e.printStackTrace(); // System.exit below would otherwise end the JVM before anyone saw it
        } finally {
            System.exit(status); // runs the shutdown hook that stops the platform's processes, also after a failure
        }
    }

    private void run(int accesses) throws Exception {
        platform.registerDataset(DATASET, "auto", List.of("DUO:0000006"));
        platform.registerResearcher(BENCH_RESEARCHER, "inst-1");
        String researcher = platform.token(BENCH_RESEARCHER, "researcher");
        requestId = platform.submit(researcher, PlatformUnderTest.diabetesResearch(), DATASET);
        releaseId = platform.releaseOf(requestId, researcher).at("/id").asText();

        int single = WARM_UP + WINDOW;
        int batches = Math.max(1, (accesses - 2 * single) / batch);
        double early = median(singles("early-", single));
        System.out.printf(Locale.ROOT, "%d single reports, median of the last %d %.2f ms%n", single, WINDOW, early);

        long start = System.nanoTime();
        long[] batchNanos = batches(batches);
        double httpSeconds = (System.nanoTime() - start) / 1e9;
        int batched = batches * batch;
        long audited = awaitAudited(single + batched);
        double auditSeconds = (System.nanoTime() - start) / 1e9;

        double late = median(singles("late-", single));
        int total = 2 * single + batched;
        long auditedAll = awaitAudited(total);
        System.out.printf(Locale.ROOT, "{\"accesses\": %d, \"batch\": %d, \"clients\": %d, \"batched_http_per_s\": %.1f, "
                        + "\"audit_per_s\": %.1f, \"audited\": %d, \"batch_first_median_ms\": %.1f, \"batch_last_median_ms\": %.1f, "
                        + "\"early_median_ms\": %.2f, \"late_median_ms\": %.2f, \"late_over_early\": %.2f}%n",
                total, batch, clients, batched / httpSeconds, (audited - single) / auditSeconds, auditedAll,
                median(Arrays.copyOfRange(batchNanos, 0, Math.min(10, batches))),
                median(Arrays.copyOfRange(batchNanos, Math.max(0, batches - 10), batches)), early, late, late / early);
    }

    // The median of the last WINDOW reports, after WARM_UP reports that are not counted.
    private long[] singles(String prefix, int count) {
        long[] latencies = new long[count];
        for (int i = 0; i < count; i++) {
            long at = System.nanoTime();
            HttpApi.Response response = platform.releases.post("/api/releases/" + releaseId + "/accesses",
                    platform.integration, HttpApi.json(access()), Map.of("Idempotency-Key", prefix + i));
            require(response, 202);
            latencies[i] = System.nanoTime() - at;
        }
        return Arrays.copyOfRange(latencies, WARM_UP, count);
    }

    private long[] batches(int batches) throws Exception {
        long[] latencies = new long[batches];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                        latencies[b] = postBatch(b);
                        if ((b + 1) % 10 == 0) {
                            System.out.printf(Locale.ROOT, "%d uses in batches, this batch %.1f ms%n", (b + 1) * batch,
                                    latencies[b] / 1e6);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return latencies;
    }

    private long postBatch(int b) {
        List<Map<String, Object>> items = new ArrayList<>(batch);
        for (int i = 0; i < batch; i++) {
            items.add(Map.of("access_id", "batch-" + b + "-" + i, "access", access()));
        }
        long at = System.nanoTime();
        HttpApi.Response response = platform.releases.post("/api/releases/" + releaseId + "/accesses:batch",
                platform.integration, HttpApi.json(Map.of("accesses", items)), Map.of());
        require(response, 200);
        if (response.json().at("/recorded").asInt() != batch) {
            throw new IllegalStateException("Batch " + b + " not recorded whole: " + response.raw());
        }
        return System.nanoTime() - at;
    }

    private static Map<String, Object> access() {
        return Map.of("researcher_id", BENCH_RESEARCHER, "dataset_id", DATASET, "fields", List.of("hba1c"),
                "accessed_at", Instant.now().toString());
    }

    private static void require(HttpApi.Response response, int status) {
        if (response.status() != status) {
            throw new IllegalStateException("Report failed: " + response.status() + " " + response.raw());
        }
    }

    // Counts page by page from where it left off, so each poll reads only what arrived since the last.
    private long audited;
    private String after = "";

    private long awaitAudited(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 900_000_000_000L;
        while (System.nanoTime() < deadline && audited < expected) {
            JsonNode page = platform.audit.get("/api/audit/entries?subject=" + requestId
                    + "&type=org.custodian.release.accessed.v1&limit=1000" + after, platform.compliance).json();
            JsonNode entries = page.at("/entries");
            audited += entries.size();
            if (entries.size() > 0) {
                after = "&after=" + entries.get(entries.size() - 1).at("/seq").asLong();
            }
            if (!page.at("/next").isNumber()) {
                Thread.sleep(200);
            }
        }
        return audited;
    }

    private static double median(long[] latencies) {
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
