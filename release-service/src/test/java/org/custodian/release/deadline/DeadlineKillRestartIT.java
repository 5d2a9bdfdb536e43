package org.custodian.release.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.testing.EmbeddedInfrastructure;
import org.custodian.testing.EmbeddedPostgresServer;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A deadline survives a crash between scheduling and firing: the service jar runs as a child process on
 * this JVM's broker and a database of its own, schedules a release's deadlines without firing them (its
 * poller waits an hour), is killed with SIGKILL, and a restarted process fires the due expiry exactly once;
 * a second kill and restart does not fire it again. Runs with the other restart tests in their own JVM.
 */
class DeadlineKillRestartIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    private final String jdbcUrl = EmbeddedPostgresServer.jdbcUrl("release_kill");
    private final List<Process> children = new ArrayList<>();
    private KafkaProbe kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaProbe.on("custodian.releases.v1");
    }

    @AfterEach
    void stopChildren() {
        children.forEach(Process::destroyForcibly);
        kafka.close();
    }

    @Test
    void aDueExpiryScheduledBeforeASigkillFiresOnceAfterTheRestart() throws Exception {
        String requestId = "req-kill-" + UUID.randomUUID();
        // erase-by today: access ended at midnight, so the expiry is due the moment it is scheduled
        RequestApproved approval = approval(requestId, LocalDate.now(ZoneOffset.UTC));

        Process first = start("first", "PT1H");
        send(new DecisionMade(approval.decisionId(), requestId, Instant.now(),
                new Decision(Outcome.ALLOW, List.of(), approval.obligations(), "test")));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM request_standing WHERE request_id = ?", requestId) == 1);
        send(approval);
        await().atMost(WAIT).until(() -> pendingExpiries(requestId) == 1);
        kill(first);
        assertThat(expired(requestId)).as("scheduled, not fired, before the kill").isZero();

        Process second = start("second", "PT0.2S");
        kafka.await(KafkaProbe.ofType(EventType.RELEASE_EXPIRED, requestId), WAIT);
        await().atMost(WAIT).until(() -> pendingExpiries(requestId) == 0);
        kill(second);

        Process third = start("third", "PT0.2S");
        await().pollDelay(Duration.ofSeconds(3)).atMost(WAIT).until(() -> true);
        assertThat(expired(requestId)).isEqualTo(1);
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream().filter(KafkaProbe.ofType(EventType.RELEASE_EXPIRED, requestId)))
                .hasSize(1);
        third.destroyForcibly();
    }

    private Process start(String name, String pollInterval) throws IOException {
        Path jar = Path.of("target/release-service.jar");
        assertThat(jar).as("the service jar, built in the package phase").exists();
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar",
                jar.toString(), "--server.port=" + port, "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + EmbeddedPostgresServer.username(), "--spring.datasource.password=",
                "--spring.cloud.stream.kafka.binder.brokers=" + EmbeddedInfrastructure.bootstrapServers(),
                "--spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms=10000",
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
                "--custodian.data-dir=" + Files.createTempDirectory("kill-data"),
                "--custodian.releases.deadlines.poll-interval=" + pollInterval,
                "--logging.structured.format.console=")
                .redirectErrorStream(true).redirectOutput(Path.of("target/kill-" + name + ".log").toFile()).start();
        children.add(process);
        awaitReady(process, port);
        return process;
    }

    private static void kill(Process process) throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    }

    private static void awaitReady(Process process, int port) {
        HttpClient client = HttpClient.newHttpClient();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .failFast("the service exited", () -> !process.isAlive())
                .until(() -> client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200);
    }

    private long pendingExpiries(String requestId) throws SQLException {
        return count("""
                SELECT count(*) FROM release_deadline d JOIN releases r ON r.id = d.release_id
                WHERE r.request_id = ? AND d.kind = 'EXPIRY' AND d.fired_at IS NULL AND d.cancelled_at IS NULL""", requestId);
    }

    private long expired(String requestId) throws SQLException {
        return count("""
                SELECT count(*) FROM domainevententry e JOIN releases r ON r.id = e.aggregateidentifier
                WHERE r.request_id = ? AND e.payloadtype = '""" + ReleaseExpired.class.getName() + "'", requestId);
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedPostgresServer.username(), "");
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            // the first process has not created its tables yet
            if ("42P01".equals(e.getSQLState())) {
                return -1;
            }
            throw e;
        }
    }

    private static RequestApproved approval(String requestId, LocalDate eraseBy) {
        return new RequestApproved(requestId, "r-1", List.of("ds-trials"), "dec-kill-" + requestId, Outcome.ALLOW,
                new Obligations(eraseBy, "secure_enclave", "approval", List.of(), false, false, null, false));
    }

    private void send(GovernanceEvent event) {
        kafka.send(EventType.of(event).topic().topicName(), event.subject(), GovernanceCloudEvents.encode(event,
                new EventMetadata(UUID.randomUUID().toString(), URI.create("/test"),
                        Instant.now().atOffset(ZoneOffset.UTC), "test")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
