package org.custodian.release.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
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
import java.util.Map;
import java.util.UUID;
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
import org.custodian.testing.EmbeddedPostgresServer;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.ServiceJarProcess;
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
    private final List<ServiceJarProcess> children = new ArrayList<>();
    private KafkaProbe kafka;

    @BeforeEach
    void connect() {
        kafka = KafkaProbe.on("custodian.releases.v1");
    }

    @AfterEach
    void stopChildren() {
        children.forEach(ServiceJarProcess::close);
        kafka.close();
    }

    @Test
    void aDueExpiryScheduledBeforeASigkillFiresOnceAfterTheRestart() throws Exception {
        String requestId = "req-kill-" + UUID.randomUUID();
        // erase-by today: access ended at midnight, so the expiry is due the moment it is scheduled
        RequestApproved approval = approval(requestId, LocalDate.now(ZoneOffset.UTC));

        ServiceJarProcess first = start("first", "PT1H");
        send(new DecisionMade(approval.decisionId(), requestId, Instant.now(),
                new Decision(Outcome.ALLOW, List.of(), approval.obligations(), "test")));
        await().atMost(WAIT).until(() -> count("SELECT count(*) FROM request_standing WHERE request_id = ?", requestId) == 1);
        send(approval);
        await().atMost(WAIT).until(() -> pendingExpiries(requestId) == 1);
        first.kill();
        assertThat(expired(requestId)).as("scheduled, not fired, before the kill").isZero();

        ServiceJarProcess second = start("second", "PT0.2S");
        kafka.await(KafkaProbe.ofType(EventType.RELEASE_EXPIRED, requestId), WAIT);
        await().atMost(WAIT).until(() -> pendingExpiries(requestId) == 0);
        second.kill();

        ServiceJarProcess third = start("third", "PT0.2S");
        await().pollDelay(Duration.ofSeconds(3)).atMost(WAIT).until(() -> true);
        assertThat(expired(requestId)).isEqualTo(1);
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream().filter(KafkaProbe.ofType(EventType.RELEASE_EXPIRED, requestId)))
                .hasSize(1);
        third.close();
    }

    private ServiceJarProcess start(String name, String pollInterval) {
        ServiceJarProcess process = ServiceJarProcess.start(Path.of("target/release-service.jar"), jdbcUrl,
                Path.of("target/kill-" + name + ".log"), Map.of("custodian.releases.deadlines.poll-interval", pollInterval));
        children.add(process);
        process.awaitReady(Duration.ofMinutes(3));
        return process;
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
}
