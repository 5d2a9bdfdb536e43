package org.custodian.policy.engine;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code infra/bench policy}: decision latency of the real policy set on the golden fixtures, in-process
 * wasm against an OPA server over loopback HTTP, in one run; then wasm decisions/s with the pool on all
 * cores. Each fixture is decided {@link #REPEAT} times in a row, so the OPA server's data push (only on
 * a change of datasets) is not what is measured. The last line printed is JSON.
 */
public final class PolicyBenchmark {

    private static final int REPEAT = 200;
    private static final int WARMUP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 5;

    private PolicyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<GoldenDecisions.Case> cases = GoldenDecisions.all();
        PolicyBundle bundle = GoldenDecisions.shippedBundle();
        int cores = Runtime.getRuntime().availableProcessors();
        try (OpaServer opa = OpaServer.start(Path.of(args.length > 0 ? args[0] : "policy-service/src/main/rego"));
             WasmPolicyEngine wasm = new WasmPolicyEngine(bundle, cores);
             OpaServerPolicyEngine server = new OpaServerPolicyEngine(bundle, opa.url())) {
            decidesAsExpected(wasm, cases);
            decidesAsExpected(server, cases);
            long[] wasmLatencies = latencies(wasm, cases);
            printPerFixture("wasm", cases, wasmLatencies);
            long[] serverLatencies = latencies(server, cases);
            Arrays.sort(wasmLatencies);
            Arrays.sort(serverLatencies);
            double throughput = throughput(wasm, cases, cores);
            report(cases.size(), wasmLatencies, serverLatencies, throughput, cores);
        }
    }

    /**
     * Refuses to time an engine that does not decide every golden fixture as expected: a policy built wrongly
     * (e.g. {@code opa build -O} folding the run-time {@code data.datasets} away) is fast and meaningless.
     */
    private static void decidesAsExpected(PolicyEngine engine, List<GoldenDecisions.Case> cases) {
        for (GoldenDecisions.Case c : cases) {
            if (!GoldenDecisions.withoutRevision(engine.evaluate(c.input(), c.datasets()))
                    .equals(GoldenDecisions.withoutRevision(c.expected()))) {
                throw new IllegalStateException(engine.name() + " does not decide " + c.name() + " as expected");
            }
        }
    }

    private static long[] latencies(PolicyEngine engine, List<GoldenDecisions.Case> cases) {
        for (int round = 0; round < WARMUP_ROUNDS; round++) {
            time(engine, cases);
        }
        long[] all = new long[0];
        for (int round = 0; round < MEASURED_ROUNDS; round++) {
            long[] more = time(engine, cases);
            long[] merged = Arrays.copyOf(all, all.length + more.length);
            System.arraycopy(more, 0, merged, all.length, more.length);
            all = merged;
        }
        return all;
    }

    /**
     * Prints the median of each fixture over all measured rounds: where p99 lands depends on which fixtures
     * are slow. {@code samples} as {@link #latencies} returns them, unsorted: round after round, fixture after
     * fixture, {@link #REPEAT} each.
     */
    private static void printPerFixture(String engine, List<GoldenDecisions.Case> cases, long[] samples) {
        StringBuilder line = new StringBuilder(engine).append(" per-fixture p50 (µs):");
        for (int f = 0; f < cases.size(); f++) {
            long[] mine = new long[MEASURED_ROUNDS * REPEAT];
            for (int round = 0; round < MEASURED_ROUNDS; round++) {
                System.arraycopy(samples, (round * cases.size() + f) * REPEAT, mine, round * REPEAT, REPEAT);
            }
            Arrays.sort(mine);
            line.append(String.format(Locale.ROOT, " %s=%.0f", cases.get(f).name().substring(0, 2), micros(mine, 0.5)));
        }
        System.out.println(line);
    }

    private static long[] time(PolicyEngine engine, List<GoldenDecisions.Case> cases) {
        long[] nanos = new long[cases.size() * REPEAT];
        int i = 0;
        for (GoldenDecisions.Case c : cases) {
            engine.evaluate(c.input(), c.datasets());
            for (int r = 0; r < REPEAT; r++) {
                long start = System.nanoTime();
                engine.evaluate(c.input(), c.datasets());
                nanos[i++] = System.nanoTime() - start;
            }
        }
        return nanos;
    }

    private static double throughput(PolicyEngine engine, List<GoldenDecisions.Case> cases, int threads)
            throws InterruptedException {
        AtomicLong decided = new AtomicLong();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            int offset = t;
            pool.submit(() -> {
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    GoldenDecisions.Case c = cases.get(i % cases.size());
                    engine.evaluate(c.input(), c.datasets());
                    decided.incrementAndGet();
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        return decided.get() / 5.0;
    }

    private static void report(int fixtures, long[] wasm, long[] server, double throughput, int cores) {
        double wasmP50 = micros(wasm, 0.50);
        double wasmP99 = micros(wasm, 0.99);
        double serverP50 = micros(server, 0.50);
        double serverP99 = micros(server, 0.99);
        System.out.printf(Locale.ROOT, "fixtures %d, %d decisions per engine measured%n", fixtures, wasm.length);
        System.out.printf(Locale.ROOT, "wasm in-process    p50 %8.1f µs   p99 %8.1f µs%n", wasmP50, wasmP99);
        System.out.printf(Locale.ROOT, "OPA server (HTTP)  p50 %8.1f µs   p99 %8.1f µs%n", serverP50, serverP99);
        System.out.printf(Locale.ROOT, "wasm pool on %d cores: %.0f decisions/s%n", cores, throughput);
        System.out.printf(Locale.ROOT, "{\"wasm_p50_us\": %.1f, \"wasm_p99_us\": %.1f, \"opa_server_p50_us\": %.1f, "
                        + "\"opa_server_p99_us\": %.1f, \"speedup_p50\": %.2f, \"wasm_decisions_per_s\": %.0f}%n",
                wasmP50, wasmP99, serverP50, serverP99, serverP50 / wasmP50, throughput);
    }

    private static double micros(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1000.0;
    }
}
