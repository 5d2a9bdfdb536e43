package org.custodian.audit.ingestion;

import java.util.stream.IntStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.custodian.audit.merkle.TreeFrontier;
import org.custodian.contracts.KafkaCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.testing.EmbeddedInfrastructure;
import org.custodian.testing.EmbeddedPostgresServer;
import org.custodian.testing.ServiceJarProcess;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.custodian.verifier.VerifyCommand;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Invariant 2 across a crash: the service jar runs as a child process on this JVM's broker and
 * database (its own database and consumer group), is killed with SIGKILL in the middle of a burst,
 * and restarted. Every event is then logged exactly once, per key in order, the chain has no gap
 * and verifies, the latest checkpoint's root is the root of the entries it covers, and the offline
 * verifier accepts the service's export against it.
 */
class CrashRecoveryIT {

    private static final int KEYS = 30;
    private static final int PER_KEY = 100;
    private static final int TOTAL = KEYS * PER_KEY;
    private static final Topic[] TOPICS = {Topic.CATALOG, Topic.REQUESTS, Topic.DECISIONS, Topic.RELEASES, Topic.INBOUND};

    private final String run = "crash-" + UUID.randomUUID();
    private final String jdbcUrl = EmbeddedPostgresServer.jdbcUrl("audit_crash");
    private final List<ServiceJarProcess> children = new ArrayList<>();

    @AfterEach
    void stopChildren() {
        children.forEach(ServiceJarProcess::close);
    }

    @Test
    void aServiceKilledMidBurstLosesAndDuplicatesNothing() throws Exception {
        ServiceJarProcess first = start("first");
        first.awaitReady(Duration.ofMinutes(3));
        CompletableFuture<Void> burst = CompletableFuture.runAsync(this::publishBurst);

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50)).until(() -> logged() >= TOTAL / 5);
        first.kill();
        long loggedAtKill = logged();
        assertThat(loggedAtKill).as("killed in the middle of the burst").isLessThan(TOTAL);
        burst.get(3, TimeUnit.MINUTES);

        ServiceJarProcess second = start("second");
        second.awaitReady(Duration.ofMinutes(3));
        int port = second.port();
        // The killed consumer keeps its partitions until its session times out; time the catch-up from the first new entry.
        long before = logged();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(20)).until(() -> logged() > before);
        long resumedAt = logged();
        long resumed = System.nanoTime();
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(100)).until(() -> logged() >= TOTAL);
        double catchUpSeconds = (System.nanoTime() - resumed) / 1e9;

        assertThat(logged()).isEqualTo(TOTAL);
        assertThat(query("SELECT count(DISTINCT event_id) FROM audit_entry WHERE subject LIKE '" + run + "-%'")).isEqualTo(TOTAL);
        assertEachKeyInOrder();
        long entries = query("SELECT count(*) FROM audit_entry");
        assertThat(query("SELECT max(seq) FROM audit_entry")).isEqualTo(entries);
        assertThat(verify(port)).contains("\"valid\":true").contains("\"entries\":" + entries);
        assertLatestCheckpointIsTheRootOfItsEntries();
        double verifySeconds = assertTheOfflineVerifierAcceptsTheExport(port);
        System.out.printf("crash test: %d of %d logged at SIGKILL; after restart %d caught up in %.1f s (%.0f/s);"
                        + " %d entries, none lost or duplicated; offline verification %.1f s (%.0f entries/s)%n",
                loggedAtKill, TOTAL, TOTAL - resumedAt, catchUpSeconds, (TOTAL - resumedAt) / catchUpSeconds,
                entries, verifySeconds, entries / verifySeconds);
    }

    private void publishBurst() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int n = 0; n < PER_KEY; n++) {
                for (int k = 0; k < KEYS; k++) {
                    String key = run + "-" + k;
                    CloudEvent event = event(key, n);
                    ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(TOPICS[k % TOPICS.length].topicName(),
                            key.getBytes(StandardCharsets.UTF_8), event.getData().toBytes());
                    KafkaCloudEvents.headers(event).forEach((name, value) -> record.headers().add(name, value));
                    producer.send(record);
                }
                if (n % 10 == 9) {
                    // A burst, not one batch: the kill should land while records are still arriving.
                    producer.flush();
                }
            }
        }
    }

    private static CloudEvent event(String key, int n) {
        String data = "{\"key\": \"" + key + "\", \"n\": " + n + "}";
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/crash-test"))
                .withType("com.example.crash-test.burst").withSubject(key).withTime(OffsetDateTime.now(ZoneOffset.UTC))
                .withDataContentType("application/json").withExtension("actor", "crash-test")
                .withData(data.getBytes(StandardCharsets.UTF_8)).build();
    }

    private void assertEachKeyInOrder() throws SQLException {
        Map<String, List<Integer>> byKey = new HashMap<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT subject, (envelope -> 'data' ->> 'n')::int FROM audit_entry"
                     + " WHERE subject LIKE '" + run + "-%' ORDER BY seq")) {
            while (rs.next()) {
                byKey.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(rs.getInt(2));
            }
        }
        assertThat(byKey).hasSize(KEYS);
        List<Integer> expected = IntStream.range(0, PER_KEY).boxed().toList();
        byKey.forEach((key, ns) -> assertThat(ns).as(key).containsExactlyElementsOf(expected));
    }

    private void assertLatestCheckpointIsTheRootOfItsEntries() throws SQLException {
        long size;
        byte[] root;
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT tree_size, root_hash FROM audit_checkpoint ORDER BY tree_size DESC LIMIT 1")) {
            assertThat(rs.next()).as("a checkpoint was made").isTrue();
            size = rs.getLong(1);
            root = rs.getBytes(2);
        }
        TreeFrontier frontier = TreeFrontier.empty();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT entry_hash FROM audit_entry WHERE seq <= " + size + " ORDER BY seq")) {
            while (rs.next()) {
                frontier.append(rs.getBytes(1));
            }
        }
        assertThat(frontier.size()).isEqualTo(size);
        assertThat(frontier.root()).isEqualTo(root);
    }

    /** The export, checkpoint and key of the restarted service pass the offline verifier; returns how long it took. */
    private double assertTheOfflineVerifierAcceptsTheExport(int port) throws Exception {
        Path dir = Files.createTempDirectory("crash-export");
        Path export = Files.writeString(dir.resolve("export.jsonl"), get(port, "/api/audit/entries", "application/x-ndjson"));
        Path checkpoint = Files.writeString(dir.resolve("checkpoint.txt"), get(port, "/api/audit/checkpoints/latest", "text/plain"));
        Path key = Files.writeString(dir.resolve("audit.vkey"), get(port, "/api/audit/checkpoints/key", "text/plain"));
        StringWriter report = new StringWriter();
        long started = System.nanoTime();
        int exit = new CommandLine(new VerifyCommand()).setOut(new PrintWriter(report))
                .execute("-e", export.toString(), "-c", checkpoint.toString(), "-k", key.toString());
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(exit).as(report.toString()).isZero();
        return seconds;
    }

    private static String get(int port, String path, String accept) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.token("cora", "compliance")).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private ServiceJarProcess start(String name) {
        ServiceJarProcess process = ServiceJarProcess.start(Path.of("target/audit-service.jar"), jdbcUrl,
                Path.of("target/crash-" + name + ".log"), Map.of(
                        "spring.cloud.stream.bindings.auditEvents-in-0.group", run,
                        "custodian.audit.checkpoint.every-entries", "400",
                        "custodian.audit.checkpoint.poll", "100ms"));
        children.add(process);
        return process;
    }

    private static String verify(int port) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/audit/verify"))
                .header("Authorization", "Bearer " + TestTokens.token("cora", "compliance")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private long logged() throws SQLException {
        return query("SELECT count(*) FROM audit_entry WHERE subject LIKE '" + run + "-%'");
    }

    private long query(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.username(), "");
    }
}
