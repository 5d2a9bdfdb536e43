package org.custodian.request.manuscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.requests.ManuscriptOutcome;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.request.RequestServiceApplication;
import org.custodian.testing.EmbeddedInfrastructure;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.custodian.testing.TravellingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A deemed approval scheduled before the service stops fires once after it starts again. Runs in
 * its own JVM (see the pom), so that no other test's service instance shares its database.
 */
class DeemedApprovalRestartIT {

    private static final TravellingClock CLOCK = new TravellingClock();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String STEWARD = TestTokens.token("sam-steward", "steward");

    private final KafkaProbe kafka = KafkaProbe.on(Topic.REQUESTS.topicName());

    @Configuration(proxyBeanMethods = false)
    static class OwnClock {

        @Bean
        @Primary
        Clock restartClock() {
            return CLOCK;
        }
    }

    @AfterEach
    void tidy() {
        CLOCK.reset();
        kafka.close();
    }

    @Test
    void aDeemedApprovalDueWhileStoppedFiresOnceAfterTheRestart() {
        String manuscriptId;
        LocalDate dueBy;
        try (ConfigurableApplicationContext first = start()) {
            HttpApi api = new HttpApi("http://localhost:" + first.getEnvironment().getProperty("local.server.port"));
            String researcher = researcher(api);
            String datasetId = dataset(api, "rev-" + UUID.randomUUID());
            String releaseId = release(first.getBean(JdbcClient.class), researcher, datasetId);
            HttpApi.Response submitted = api.post("/api/manuscripts", TestTokens.token(researcher, "researcher"),
                    HttpApi.json(Map.of("release_id", releaseId, "title", "Restarted", "document_digest",
                            "sha256:" + "0f".repeat(32))));
            assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
            manuscriptId = submitted.json().at("/id").asText();
            dueBy = LocalDate.parse(submitted.json().at("/review_due_by").asText());
            assertThat(pending(first.getBean(JdbcClient.class), manuscriptId)).isEqualTo(1);
        }

        // the window ends while nothing is running
        CLOCK.travelTo(dueBy.plusDays(2), Duration.ZERO);

        try (ConfigurableApplicationContext second = start()) {
            ManuscriptReviewed deemed = (ManuscriptReviewed) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                    kafka.await(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, manuscriptId), WAIT)));
            assertThat(deemed.outcome()).isEqualTo(ManuscriptOutcome.DEEMED_APPROVED);
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(WAIT).until(() -> pending(jdbc, manuscriptId) == 0);
            assertThat(reviews(jdbc, manuscriptId)).isEqualTo(1);
        }

        // a second restart does not fire it again
        try (ConfigurableApplicationContext third = start()) {
            assertThat(kafka.drain(Duration.ofSeconds(3)).stream()
                    .filter(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, manuscriptId))).hasSize(1);
            assertThat(reviews(third.getBean(JdbcClient.class), manuscriptId)).isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(RequestServiceApplication.class, OwnClock.class)
                .initializers(new EmbeddedInfrastructure())
                .properties("server.port=0", "custodian.manuscripts.deadline-poll-interval=PT0.2S")
                .run();
    }

    private static String researcher(HttpApi api) {
        String id = "p-" + UUID.randomUUID();
        HttpApi.Response response = api.post("/api/researchers", STEWARD, HttpApi.json(Map.of(
                "id", id, "name", "Restart Author", "institution", "inst-restart", "country", "DE", "vetted", true,
                "dsa_signed", true)));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return id;
    }

    private static String dataset(HttpApi api, String reviewer) {
        String id = "ds-restart-" + UUID.randomUUID().toString().substring(0, 8);
        HttpApi.Response registered = api.post("/api/datasets", STEWARD, HttpApi.json(Map.of("id", id, "title", "Restart",
                "terms", Map.of("permitted_uses", List.of("DUO:0000006"), "consent", Map.of("basis", "informed_consent"),
                        "home_country", "DE", "sensitivity", 1, "access_modes", List.of("secure_enclave"),
                        "publication_review", "approval", "review", "auto"))));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        HttpApi.Response committee = api.put("/api/datasets/" + id + "/committee", STEWARD,
                HttpApi.json(Map.of("reviewers", List.of(reviewer), "approvals_required", 1)));
        assertThat(committee.status()).as(committee.raw()).isEqualTo(200);
        return id;
    }

    private String release(JdbcClient jdbc, String researcher, String datasetId) {
        String releaseId = "rel-" + UUID.randomUUID();
        ReleaseIssued issued = new ReleaseIssued(releaseId, "req-" + UUID.randomUUID(), researcher, List.of(datasetId),
                CLOCK.today().plusYears(1), new Obligations(CLOCK.today().plusYears(1), "secure_enclave", "approval",
                List.of(), false, false, null, false));
        kafka.send(Topic.RELEASES.topicName(), issued.subject(), GovernanceCloudEvents.encode(issued, new EventMetadata(
                UUID.randomUUID().toString(), URI.create("/release-service"), Instant.now().atOffset(ZoneOffset.UTC),
                "release-service")));
        await().atMost(WAIT).until(() -> jdbc.sql("SELECT count(*) FROM manuscript_release WHERE release_id = ?")
                .param(releaseId).query(Long.class).single() == 1);
        return releaseId;
    }

    private static long pending(JdbcClient jdbc, String manuscriptId) {
        return jdbc.sql("""
                SELECT count(*) FROM manuscript_deadline WHERE manuscript_id = ? AND fired_at IS NULL AND cancelled_at IS NULL""")
                .param(manuscriptId).query(Long.class).single();
    }

    private static long reviews(JdbcClient jdbc, String manuscriptId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?")
                .params(manuscriptId, ManuscriptReviewed.class.getName()).query(Long.class).single();
    }
}
