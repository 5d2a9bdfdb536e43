package org.custodian.infra;

import java.nio.charset.StandardCharsets;
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
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.custodian.testing.HttpApi;

/**
 * {@code infra/bench pipeline}: requests through all four services as separate processes on one embedded
 * broker and one embedded PostgreSQL. Clients submit over HTTP; a Kafka consumer notes when each request's
 * {@code release.issued} appears; afterwards the audit log must hold each request's four events exactly once.
 */
public final class PipelineBenchmark {

    private static final String RELEASE_ISSUED = "org.custodian.release.issued.v1";
    private static final int CLIENTS = 8;

    private final PlatformUnderTest platform = PlatformUnderTest.get();
    private final Map<String, Long> submittedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> releasedAt = new ConcurrentHashMap<>();
    private final Map<String, Integer> releases = new ConcurrentHashMap<>();
    private final List<String> researchers = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        new PipelineBenchmark().run(requests);
        System.exit(0);
    }

    private void run(int requests) throws Exception {
        platform.registerDataset("ds-bench", "auto", List.of("DUO:0000006"));
        for (int i = 0; i < CLIENTS; i++) {
            String id = "r-bench-" + i;
            platform.registerResearcher(id, "inst-" + i);
            researchers.add(platform.token(id, "researcher"));
        }
        AtomicBoolean listening = new AtomicBoolean(true);
        Thread listener = new Thread(() -> listen(listening), "release-listener");
        listener.start();
        submitAll(Math.max(20, requests / 10), "warm-up");
        awaitReleases(Duration.ofMinutes(5));
        submittedAt.clear();
        releasedAt.clear();
        releases.clear();

        long start = System.nanoTime();
        submitAll(requests, "measured");
        awaitReleases(Duration.ofMinutes(10));
        long end = releasedAt.values().stream().mapToLong(Long::longValue).max().orElse(System.nanoTime());
        listening.set(false);
        listener.join();
        report(requests, start, end);
    }

    private void submitAll(int count, String phase) throws InterruptedException {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < count; i++) {
            String token = researchers.get(i % CLIENTS);
            clients.execute(() -> submit(token));
        }
        clients.shutdown();
        clients.awaitTermination(30, TimeUnit.MINUTES);
        System.out.printf("%s: %d requests submitted%n", phase, count);
    }

    private void submit(String token) {
        long at = System.nanoTime();
        HttpApi.Response response = platform.requests.post("/api/requests", token, HttpApi.json(Map.of(
                "datasets", List.of("ds-bench"), "purpose", PlatformUnderTest.diabetesResearch(),
                "fields", List.of("age_band", "hba1c"), "duration_days", 365, "processing_country", "DE",
                "access_mode", "secure_enclave")), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        if (response.status() != 201) {
            throw new IllegalStateException("Submit failed: " + response.status() + " " + response.raw());
        }
        submittedAt.put(response.json().at("/id").asText(), at);
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
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
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
        while (System.nanoTime() < deadline && !releasedAt.keySet().containsAll(submittedAt.keySet())) {
            Thread.sleep(100);
        }
    }

    private void report(int requests, long start, long end) throws InterruptedException {
        List<Long> latencies = submittedAt.entrySet().stream().filter(e -> releasedAt.containsKey(e.getKey()))
                .map(e -> releasedAt.get(e.getKey()) - e.getValue()).sorted().toList();
        Thread.sleep(5_000);
        int lost = 0;
        int duplicated = 0;
        for (String request : submittedAt.keySet()) {
            List<String> eventIds = platform.auditEntries(request).stream().map(e -> e.at("/event_id").asText()).toList();
            Set<String> distinct = Set.copyOf(eventIds);
            // per request: submitted, decision made, approved, release issued — each audited once, one release
            lost += Math.max(0, 4 - distinct.size()) + (releasedAt.containsKey(request) ? 0 : 1);
            duplicated += eventIds.size() - distinct.size() + Math.max(0, releases.getOrDefault(request, 0) - 1);
        }
        double seconds = (end - start) / 1e9;
        System.out.printf(Locale.ROOT, "%d requests in %.1f s; %d released%n", requests, seconds, latencies.size());
        System.out.printf(Locale.ROOT, "{\"requests_per_s\": %.1f, \"p50_ms\": %.1f, \"p99_ms\": %.1f, \"lost\": %d, "
                        + "\"duplicated\": %d, \"requests\": %d}%n", requests / seconds, percentile(latencies, 0.50),
                percentile(latencies, 0.99), lost, duplicated, requests);
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}
