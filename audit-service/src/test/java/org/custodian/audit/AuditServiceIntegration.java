package org.custodian.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.Topic;
import org.custodian.support.events.EventPublisher;
import org.custodian.testing.EmbeddedInfrastructure;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** audit-service on the real embedded broker and database, fed over Kafka and read over HTTP. */
// Checkpoints only when a test asks (Checkpointer#checkpointNow): a scheduled one could otherwise
// capture the tree while a tampering test has entries out of place.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "custodian.data-dir=target/it-data", "custodian.audit.checkpoint.every-entries=1000000000",
    "custodian.audit.checkpoint.every=1000d", "custodian.audit.verify.progress-every=2"})
@ContextConfiguration(initializers = EmbeddedInfrastructure.class)
public abstract class AuditServiceIntegration {

    protected static final String COMPLIANCE = TestTokens.token("cora-compliance", "compliance");
    protected static final Duration ASYNC = Duration.ofSeconds(60);

    @LocalServerPort
    private int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected EventPublisher publisher;

    protected HttpApi api;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void connect() {
        api = new HttpApi("http://localhost:" + port);
    }

    /** Publishes a contract event as its producer would, and returns the CloudEvent sent. */
    protected CloudEvent publish(GovernanceEvent event, String actor) {
        return publish(event, actor, null);
    }

    /** The same, by an integration that said it acted for {@code onBehalfOf}. */
    protected CloudEvent publish(GovernanceEvent event, String actor, String onBehalfOf) {
        EventMetadata metadata = new EventMetadata(UUID.randomUUID().toString(), URI.create("/test-producer"),
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS), actor, onBehalfOf);
        CloudEvent cloudEvent = GovernanceCloudEvents.encode(event, metadata);
        publisher.publish(event, metadata);
        return cloudEvent;
    }

    protected void publish(Topic topic, String key, CloudEvent event) {
        publisher.publish(topic.topicName(), key, event);
    }

    /** An event the contracts do not know, as an outside system might post it to the inbound topic. */
    protected static CloudEvent outsideEvent(String subject, String json) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("urn:enclave:eu-1"))
                .withType("com.example.enclave.access-logged").withSubject(subject)
                .withTime(OffsetDateTime.parse("2026-11-22T10:15:30.123456789+01:00"))
                .withDataContentType("application/json").withExtension("actor", "enclave-gateway")
                .withData(json.getBytes(StandardCharsets.UTF_8)).build();
    }

    /** A Custodian event the contracts module does not model yet, as its producer will send it. */
    protected CloudEvent publishRaw(Topic topic, String suffix, String subject, String actor, String json) {
        return publishRaw(topic, suffix, subject, actor, json, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }

    /** The same, happening at {@code time}. */
    protected CloudEvent publishRaw(Topic topic, String suffix, String subject, String actor, String json,
                                    OffsetDateTime time) {
        CloudEvent event = CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/test-producer"))
                .withType("org.custodian." + suffix + ".v1").withSubject(subject).withTime(time)
                .withDataContentType("application/json").withExtension("actor", actor)
                .withData(json.getBytes(StandardCharsets.UTF_8)).build();
        publish(topic, subject, event);
        return event;
    }

    protected List<JsonNode> entries(String query) {
        HttpApi.Response response = api.get("/api/audit/entries?" + query, COMPLIANCE);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        response.json().at("/entries").forEach(entries::add);
        return entries;
    }

    protected List<JsonNode> awaitEntries(String subject, int count) {
        await().atMost(ASYNC).pollInterval(Duration.ofMillis(200)).until(() -> entries("subject=" + subject).size() >= count);
        return entries("subject=" + subject);
    }

    /** A GET with an {@code Accept} header, which {@link HttpApi} does not send. */
    protected HttpResponse<String> get(String path, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept).timeout(ASYNC);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    protected JsonNode verify() {
        HttpApi.Response response = api.get("/api/audit/verify", COMPLIANCE);
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.json();
    }

    protected long entryCount() {
        return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
    }

    protected static String newSubject(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
