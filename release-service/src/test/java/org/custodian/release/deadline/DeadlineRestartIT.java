package org.custodian.release.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.DeliveryMade;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.release.ReleaseServiceApplication;
import org.custodian.release.TestClockConfiguration;
import org.custodian.testing.EmbeddedInfrastructure;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.custodian.testing.TravellingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deadline scheduled before the service stops fires once after it starts again. Runs in its own
 * JVM (see the pom), so that no other test's service instance is there to fire it instead.
 */
class DeadlineRestartIT {

    private static final TravellingClock CLOCK = TravellingClock.SHARED;
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final KafkaProbe kafka = KafkaProbe.on(Topic.RELEASES.topicName());

    @AfterEach
    void tidy() {
        CLOCK.reset();
        kafka.close();
    }

    @Test
    void aDeadlineScheduledBeforeAStopFiresOnceAfterTheRestart() {
        String requestId = "req-" + UUID.randomUUID();
        LocalDate eraseBy = CLOCK.today().plusMonths(3);
        String releaseId;

        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            publish(jdbc, approval(requestId, eraseBy));
            await().atMost(WAIT).until(() -> pending(jdbc, requestId) == 4);
            releaseId = releaseOf(jdbc, requestId);
        }
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.RELEASE_EXPIRED, requestId))).isEmpty();

        // the expiry falls due while nothing is running
        CLOCK.travelTo(eraseBy, Duration.ofHours(1));

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            ReleaseExpired expired = (ReleaseExpired) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                    kafka.await(KafkaProbe.ofType(EventType.RELEASE_EXPIRED, requestId), WAIT)));
            assertThat(expired.expiredAt()).isEqualTo(eraseBy.atStartOfDay(ZoneOffset.UTC).toInstant());
            await().atMost(WAIT).until(() -> pending(jdbc, requestId) == 1);
            assertThat(jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype = ? AND aggregateidentifier = ?")
                    .param(ReleaseExpired.class.getName()).param(releaseId).query(Long.class).single()).isEqualTo(1);
        }

        // a second restart does not fire it again
        try (ConfigurableApplicationContext third = start()) {
            assertThat(kafka.drain(Duration.ofSeconds(3)).stream()
                    .filter(KafkaProbe.ofType(EventType.RELEASE_EXPIRED, requestId))).hasSize(1);
            assertThat(pending(third.getBean(JdbcClient.class), requestId)).as("only the overdue check is left").isEqualTo(1);
        }
    }

    @Test
    void deliveriesDueWhileStoppedAreMadeOnceAfterTheRestartAndNotAgainAfterAnother() {
        String requestId = "req-" + UUID.randomUUID();
        LocalDate eraseBy = CLOCK.today().plusMonths(6);
        LocalDate secondDelivery = CLOCK.today().withDayOfMonth(1).plusMonths(2);
        String releaseId;

        try (ConfigurableApplicationContext first = start()) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            publish(jdbc, approval(requestId, eraseBy));
            await().atMost(WAIT).until(() -> pending(jdbc, requestId) == 4);
            releaseId = releaseOf(jdbc, requestId);
            HttpApi api = new HttpApi("http://localhost:" + first.getEnvironment().getProperty("local.server.port"));
            HttpApi.Response set = api.put("/api/releases/" + releaseId + "/schedule", TestTokens.token("steward-1", "steward"),
                    "{\"monthly_day\":1}");
            assertThat(set.status()).as(set.raw()).isEqualTo(200);
        }

        // two monthly deliveries fall due while nothing is running
        CLOCK.travelTo(secondDelivery, Duration.ofHours(1));

        try (ConfigurableApplicationContext second = start()) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(WAIT).until(() -> deliveries(jdbc, releaseId) == 2);
        }
        try (ConfigurableApplicationContext third = start()) {
            assertThat(kafka.drain(Duration.ofSeconds(3)).stream()
                    .filter(KafkaProbe.ofType(EventType.DELIVERY_MADE, requestId))).hasSize(2);
            assertThat(deliveries(third.getBean(JdbcClient.class), releaseId)).isEqualTo(2);
        }
    }

    private static long deliveries(JdbcClient jdbc, String releaseId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype = ? AND aggregateidentifier = ?")
                .param(DeliveryMade.class.getName()).param(releaseId).query(Long.class).single();
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ReleaseServiceApplication.class, TestClockConfiguration.class)
                .initializers(new EmbeddedInfrastructure())
                .properties("server.port=0", "custodian.releases.deadlines.poll-interval=PT0.2S")
                .run();
    }

    private static long pending(JdbcClient jdbc, String requestId) {
        return jdbc.sql("""
                SELECT count(*) FROM release_deadline d JOIN releases r ON r.id = d.release_id
                WHERE r.request_id = ? AND d.fired_at IS NULL AND d.cancelled_at IS NULL""")
                .param(requestId).query(Long.class).single();
    }

    private static String releaseOf(JdbcClient jdbc, String requestId) {
        return jdbc.sql("SELECT id FROM releases WHERE request_id = ?").param(requestId).query(String.class).single();
    }

    private static RequestApproved approval(String requestId, LocalDate eraseBy) {
        return new RequestApproved(requestId, "r-1", List.of("ds-trials"), "dec-1", Outcome.ALLOW,
                new Obligations(eraseBy, "secure_enclave", "approval", List.of(), false, false, null, false));
    }

    // the decision first, as policy-service publishes it before request-service approves; in a fresh
    // JVM the decisions consumer may join later than the requests one, so its arrival is awaited
    private void publish(JdbcClient jdbc, RequestApproved approval) {
        send(new DecisionMade(approval.decisionId(), approval.requestId(), Instant.now(),
                new Decision(Outcome.ALLOW, List.of(), approval.obligations(), "test")));
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM request_standing WHERE request_id = ?")
                .param(approval.requestId()).query(Long.class).single() == 1);
        send(approval);
    }

    private void send(GovernanceEvent event) {
        kafka.send(EventType.of(event).topic().topicName(), event.subject(), GovernanceCloudEvents.encode(event,
                new EventMetadata(UUID.randomUUID().toString(), URI.create("/test"),
                        Instant.now().atOffset(ZoneOffset.UTC), "test")));
    }
}
