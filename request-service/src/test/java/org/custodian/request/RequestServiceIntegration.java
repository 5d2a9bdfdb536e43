package org.custodian.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.standardwebhooks.Webhook;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.request.chatops.slack.SlackStandIn;
import org.custodian.request.subscription.TestHostNames;
import org.custodian.testing.EmbeddedInfrastructure;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.custodian.testing.TravellingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** request-service on the real embedded broker and database, driven over HTTP and Kafka. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "custodian.integrations.webhooks.enclave.secrets[0]=" + RequestServiceIntegration.ENCLAVE_SECRET,
        "custodian.integrations.webhooks.enclave.secrets[1]=" + RequestServiceIntegration.ENCLAVE_NEXT_SECRET,
        "custodian.integrations.consent-hub.may-act-for[0]=sam",
        "custodian.integrations.ops-bridge.may-act-for[0]=*",
        "custodian.webhooks.require-https=false",
        // test receivers listen on 127.0.0.2, which webhooks may reach only because an operator allowed it;
        // the rest of loopback stays refused (WebhookTargetIT)
        "custodian.webhooks.allowed-ranges=127.0.0.2/32",
        "custodian.webhooks.poll-interval=100ms",
        "custodian.webhooks.retry.initial-interval=200ms",
        "custodian.manuscripts.deadline-poll-interval=PT0.2S"})
@ContextConfiguration(initializers = EmbeddedInfrastructure.class)
@Import({RequestServiceIntegration.TravellingTime.class, TestHostNames.class})
@AutoConfigureObservability
public abstract class RequestServiceIntegration {

    protected static final String STEWARD = TestTokens.token("sam-steward", "steward");
    protected static final String ENCLAVE_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    protected static final String ENCLAVE_NEXT_SECRET = "whsec_QWxzbyBhIHNlY3JldCBmb3Igcm90YXRpb24=";

    /** The service's clock is the one tests move (at the system time unless a test travels and resets it). */
    @TestConfiguration(proxyBeanMethods = false)
    static class TravellingTime {

        @Bean
        @Primary
        Clock travellingClock() {
            return TravellingClock.SHARED;
        }
    }

    @LocalServerPort
    private int port;
    @Autowired
    protected JdbcClient jdbc;

    protected HttpApi api;
    protected KafkaProbe kafka;

    /** Chat-ops talks to a loopback stand-in for Slack in every test, so all share one context. */
    @DynamicPropertySource
    static void slack(DynamicPropertyRegistry registry) {
        SlackStandIn.configure(registry);
    }

    @BeforeEach
    void connect() {
        api = new HttpApi("http://localhost:" + port);
        kafka = KafkaProbe.on(Topic.CATALOG.topicName(), Topic.REQUESTS.topicName(),
                Topic.DECISIONS.deadLetterTopic("request-service"), Topic.INBOUND.deadLetterTopic("request-service"));
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    protected long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domainevententry").query(Long.class).single();
    }

    protected long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    protected void registerDataset(String id, List<String> permittedUses, String review) {
        HttpApi.Response response = api.post("/api/datasets", STEWARD, HttpApi.json(dataset(id, permittedUses, review)));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }

    protected void registerResearcher(String id) {
        HttpApi.Response response = api.post("/api/researchers", STEWARD, HttpApi.json(Map.of(
                "id", id, "name", "Ada Lovelace", "institution", "inst-1", "country", "DE", "vetted", true,
                "dsa_signed", true, "irb_approvals", List.of(Map.of("reference", "IRB-22-104", "expires", "2030-06-30")))));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }

    /** Sends an event on its topic as its producing service would. */
    protected void publish(Topic topic, String key, GovernanceEvent event, String actor) {
        kafka.send(topic.topicName(), key, GovernanceCloudEvents.encode(event, new EventMetadata(UUID.randomUUID().toString(),
                URI.create("/" + actor), Instant.now().atOffset(ZoneOffset.UTC), actor)));
    }

    /** Issues a release of {@code datasets} to {@code researcher} as release-service would; returns once it is known. */
    protected String released(String researcher, List<String> datasets, Obligations obligations) {
        String releaseId = "rel-" + UUID.randomUUID();
        publish(Topic.RELEASES, releaseId, new ReleaseIssued(releaseId, "req-" + UUID.randomUUID(), researcher, datasets,
                LocalDate.now().plusYears(1), obligations), "release-service");
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM manuscript_release WHERE release_id = ?").param(releaseId).query(Long.class).single() == 1);
        return releaseId;
    }

    /** The researcher's manuscript of a release, a new document each time; returns its id. */
    protected String manuscriptOf(String researcher, String releaseId) {
        HttpApi.Response submitted = api.post("/api/manuscripts", TestTokens.token(researcher, "researcher"),
                HttpApi.json(Map.of("release_id", releaseId, "title", "Drug X and HbA1c", "abstract_text", "An analysis.",
                        "venue", "The Lancet", "document_digest", "sha256:" + UUID.randomUUID().toString().replace("-", "")
                                + "0".repeat(32))));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        return submitted.json().at("/id").asText();
    }

    /** Standard Webhooks headers signing {@code body} with {@code secret} at {@code at}, for a structured CloudEvent. */
    protected static Map<String, String> signed(String secret, String body, Instant at) throws Exception {
        String messageId = "msg_" + UUID.randomUUID();
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/cloudevents+json");
        headers.put("webhook-id", messageId);
        headers.put("webhook-timestamp", Long.toString(at.getEpochSecond()));
        headers.put("webhook-signature", new Webhook(secret).sign(messageId, at.getEpochSecond(), body));
        return headers;
    }

    protected static Map<String, Object> dataset(String id, List<String> permittedUses, String review) {
        return Map.of("id", id, "title", "Trial outcomes", "description", "Phase III outcomes",
                "terms", Map.ofEntries(
                        Map.entry("permitted_uses", permittedUses),
                        Map.entry("modifiers", List.of("DUO:0000046")),
                        Map.entry("consent", Map.of("basis", "informed_consent")),
                        Map.entry("retention_max_days", 1095),
                        Map.entry("home_country", "DE"),
                        Map.entry("regimes", List.of("GDPR")),
                        Map.entry("sensitivity", 2),
                        Map.entry("access_modes", List.of("secure_enclave", "aggregate_api")),
                        Map.entry("fields", List.of("age_band", "hba1c", "region")),
                        Map.entry("publication_review", "approval"),
                        Map.entry("review", review)));
    }

    protected static Map<String, Object> request(String datasetId) {
        return Map.of("datasets", List.of(datasetId),
                "purpose", Map.of("codes", List.of("DUO:0000007"), "disease", "MONDO:0005148",
                        "statement", "Does drug X reduce HbA1c in type 2 diabetes?"),
                "fields", List.of("age_band", "hba1c"),
                "duration_days", 365,
                "processing_country", "DE",
                "access_mode", "secure_enclave");
    }
}
