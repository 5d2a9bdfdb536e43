package org.custodian.infra;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.custodian.testing.HttpApi;

/**
 * {@code infra/bench pipeline}: requests through all four services as separate processes on one embedded
 * broker and one embedded PostgreSQL, offered open-loop: each step submits at a fixed rate whatever the
 * system answers, and a request's latency runs from the moment it was due, not from when a client got round
 * to it (no coordinated omission). The rate steps up until p99 submit→release exceeds one second. A Kafka
 * consumer notes when each request's {@code release.issued} appears; afterwards the audit log must hold each
 * request's four events exactly once.
 */
public final class PipelineBenchmark {

    private static final String RELEASE_ISSUED = "org.custodian.release.issued.v1";
    private static final double P99_LIMIT_MS = 1_000;
    private static final int RESEARCHERS = 16;

    private final PlatformUnderTest platform = PlatformUnderTest.get();
    private final Map<String, Long> dueAt = new ConcurrentHashMap<>();
    private final Map<String, Long> releasedAt = new ConcurrentHashMap<>();
    private final Map<String, Integer> releases = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final List<String> researchers = new ArrayList<>();
    private final ExecutorService clients = Executors.newCachedThreadPool();

    public static void main(String[] args) throws Exception {
        double rate = Double.parseDouble(env("RATE", "5"));
        double factor = Double.parseDouble(env("RATE_FACTOR", "1.5"));
        double maxRate = Double.parseDouble(env("MAX_RATE", "600"));
        int stepSeconds = Integer.parseInt(env("STEP_SECONDS", "20"));
        new PipelineBenchmark().run(rate, factor, maxRate, stepSeconds);
        System.exit(0);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private void run(double firstRate, double factor, double maxRate, int stepSeconds) throws Exception {
        platform.registerDataset("ds-bench", "auto", List.of("DUO:0000006"));
        for (int i = 0; i < RESEARCHERS; i++) {
            String id = "r-bench-" + i;
            platform.registerResearcher(id, "inst-" + i);
            researchers.add(platform.token(id, "researcher"));
        }
        AtomicBoolean listening = new AtomicBoolean(true);
        Thread listener = new Thread(() -> listen(listening), "release-listener");
        listener.start();
        offer(firstRate, 10, Duration.ofMinutes(2));
        System.out.printf("warm-up: %d requests at %.0f/s%n", dueAt.size(), firstRate);
        dueAt.clear();

        List<Step> curve = new ArrayList<>();
        System.out.println("offered/s  achieved/s  p50_ms  p99_ms  released/submitted");
        for (double rate = firstRate; rate <= maxRate; rate *= factor) {
            Step step = offer(rate, stepSeconds, Duration.ofSeconds(stepSeconds + 30));
            curve.add(step);
            System.out.printf(Locale.ROOT, "%9.1f  %10.1f  %6.0f  %6.0f  %d/%d%n", step.offered(), step.achieved(),
                    step.p50Ms(), step.p99Ms(), step.released(), step.submitted());
            if (step.p99Ms() > P99_LIMIT_MS) {
                break;
            }
        }
        awaitReleases(Duration.ofMinutes(2));
        listening.set(false);
        listener.join();
        clients.shutdownNow();
        Path plot = Path.of("infra/target/pipeline-curve.png");
        CurvePlot.write(curve, P99_LIMIT_MS, plot);
        System.out.println("curve plotted in " + plot.toAbsolutePath());
        report(curve);
    }

    /** Submits at {@code rate} for {@code seconds}, then waits (at most {@code settle}) for their releases. */
    private Step offer(double rate, int seconds, Duration settle) throws InterruptedException {
        Map<String, Long> step = new ConcurrentHashMap<>();
        int count = (int) Math.round(rate * seconds);
        long start = System.nanoTime();
        long interval = (long) (1e9 / rate);
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String token = researchers.get(i % researchers.size());
            clients.execute(() -> submit(token, due, step));
        }
        long deadline = start + TimeUnit.SECONDS.toNanos(seconds) + settle.toNanos();
        while (System.nanoTime() < deadline && (step.size() + refused.get() < count
                || !releasedAt.keySet().containsAll(step.keySet()))) {
            Thread.sleep(50);
        }
        dueAt.putAll(step);
        return Step.of(rate, count, start, step, releasedAt);
    }

    private void submit(String token, long due, Map<String, Long> step) {
        HttpApi.Response response = platform.requests.post("/api/requests", token, HttpApi.json(Map.of(
                "datasets", List.of("ds-bench"), "purpose", PlatformUnderTest.diabetesResearch(),
                "fields", List.of("age_band", "hba1c"), "duration_days", 365, "processing_country", "DE",
                "access_mode", "secure_enclave")), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        if (response.status() == 201) {
            step.put(response.json().at("/id").asText(), due);
        } else {
            refused.incrementAndGet();
            System.out.println("Submit refused: " + response.status() + " " + response.raw());
        }
    }

    private void listen(AtomicBoolean listening) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "pipeline-bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("custodian.releases.v1"));
            while (listening.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    Header type = record.headers().lastHeader("ce_type");
                    if (type != null && RELEASE_ISSUED.equals(new String(type.value(), StandardCharsets.UTF_8))) {
                        releasedAt.putIfAbsent(record.key(), System.nanoTime());
                        releases.merge(record.key(), 1, Integer::sum);
                    }
                }
            }
        }
    }

    private void awaitReleases(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !releasedAt.keySet().containsAll(dueAt.keySet())) {
            Thread.sleep(100);
        }
    }

    private void report(List<Step> curve) throws InterruptedException {
        Thread.sleep(5_000);
        int lost = refused.get();
        int duplicated = 0;
        for (String request : dueAt.keySet()) {
            List<String> eventIds = platform.auditEntries(request).stream().map(e -> e.at("/event_id").asText()).toList();
            Set<String> distinct = Set.copyOf(eventIds);
            // per request: submitted, decision made, approved, release issued — each audited once, one release
            lost += Math.max(0, 4 - distinct.size()) + (releasedAt.containsKey(request) ? 0 : 1);
            duplicated += eventIds.size() - distinct.size() + Math.max(0, releases.getOrDefault(request, 0) - 1);
        }
        Step sustained = curve.stream().filter(step -> step.p99Ms() <= P99_LIMIT_MS)
                .reduce((first, second) -> second).orElse(Step.NONE);
        System.out.printf(Locale.ROOT, "{\"requests_per_s\": %.1f, \"p50_ms\": %.1f, \"p99_ms\": %.1f, \"lost\": %d, "
                        + "\"duplicated\": %d, \"requests\": %d, \"highest_offered_per_s\": %.1f}%n",
                sustained.offered(), sustained.p50Ms(), sustained.p99Ms(), lost, duplicated, dueAt.size(),
                curve.get(curve.size() - 1).offered());
    }
}
