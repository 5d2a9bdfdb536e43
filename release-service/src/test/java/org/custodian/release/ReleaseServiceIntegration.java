package org.custodian.release;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.testing.EmbeddedInfrastructure;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TravellingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** release-service on the real embedded broker and database, fed over Kafka and read over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"custodian.releases.deadlines.poll-interval=PT0.2S", "custodian.releases.deadlines.max-attempts=3",
                "custodian.releases.deadlines.retry-backoff=PT1H", "custodian.releases.deadlines.max-backoff=PT2H"})
@ContextConfiguration(initializers = EmbeddedInfrastructure.class)
@Import(TestClockConfiguration.class)
@AutoConfigureObservability
public abstract class ReleaseServiceIntegration {

    protected static final String GROUP = "release-service";
    protected static final String DEAD_LETTERS = Topic.REQUESTS.deadLetterTopic(GROUP);
    protected static final String INBOUND_DEAD_LETTERS = Topic.INBOUND.deadLetterTopic(GROUP);
    protected static final TravellingClock CLOCK = TravellingClock.SHARED;
    protected static final LocalDate ERASE_BY = LocalDate.parse("2027-11-22");
    protected static final Obligations OBLIGATIONS = new Obligations(ERASE_BY, "secure_enclave", "approval",
            List.of("age_band", "hba1c"), false, false, null, false);

    @LocalServerPort
    private int port;
    @Autowired
    protected JdbcClient jdbc;

    protected HttpApi api;
    protected KafkaProbe kafka;

    @BeforeEach
    void connect() {
        api = new HttpApi("http://localhost:" + port);
        kafka = KafkaProbe.on(Topic.RELEASES.topicName(), DEAD_LETTERS, INBOUND_DEAD_LETTERS);
    }

    @AfterEach
    void disconnect() {
        CLOCK.reset();
        kafka.close();
    }

    protected static String newRequestId() {
        return "req-" + UUID.randomUUID();
    }

    protected static RequestApproved approval(String requestId, String researcherId, Outcome outcome) {
        return new RequestApproved(requestId, researcherId, List.of("ds-trials"), "dec-" + UUID.randomUUID(), outcome,
                OBLIGATIONS);
    }

    /** An approval whose release is to be erased by {@code eraseBy}, for tests that travel in time. */
    protected static RequestApproved approval(String requestId, String researcherId, LocalDate eraseBy) {
        Obligations obligations = new Obligations(eraseBy, "secure_enclave", "approval", List.of("age_band", "hba1c"),
                false, false, null, false);
        return new RequestApproved(requestId, researcherId, List.of("ds-trials"), "dec-" + UUID.randomUUID(),
                Outcome.ALLOW, obligations);
    }

    /** Publishes an approval and waits until its release is in the register; returns the release id. */
    protected String release(RequestApproved approval) {
        publish(approval);
        await().atMost(Duration.ofSeconds(30)).until(() -> releasesOfRequest(approval.requestId()) == 1);
        return jdbc.sql("SELECT id FROM releases WHERE request_id = ?").param(approval.requestId()).query(String.class).single();
    }

    /** How many events of one type a release's aggregate stored. */
    protected long storedEvents(Class<?> type, String releaseId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE payloadtype = ? AND aggregateidentifier = ?")
                .param(type.getName()).param(releaseId).query(Long.class).single();
    }

    /** Every release event of one type and subject that reached the releases topic within a short wait. */
    protected List<ConsumerRecord<byte[], byte[]>> published(EventType type, String subject) {
        return kafka.drain(Duration.ofSeconds(2)).stream().filter(KafkaProbe.ofType(type, subject)).toList();
    }

    /**
     * Publishes the decision an approval rests on (and waits until release-service knows it), then the
     * approval, as policy-service and request-service would; returns the approval's CloudEvents id.
     */
    protected String publish(RequestApproved approval) {
        decide(approval.requestId(), approval.decisionId(), approval.decisionOutcome() == null ? Outcome.ALLOW
                : approval.decisionOutcome());
        return publish(approval, UUID.randomUUID().toString());
    }

    /** Publishes decision.made as policy-service would and waits until release-service holds it as the latest. */
    protected void decide(String requestId, String decisionId, Outcome outcome) {
        send(new DecisionMade(decisionId, requestId, Instant.now(), decision(outcome)));
        awaitStanding(requestId, decisionId);
    }

    protected String send(GovernanceEvent event) {
        String eventId = UUID.randomUUID().toString();
        send(event, eventId);
        return eventId;
    }

    protected void send(GovernanceEvent event, String eventId) {
        EventMetadata metadata = new EventMetadata(eventId, URI.create("/test"), Instant.now().atOffset(ZoneOffset.UTC), "test");
        kafka.send(EventType.of(event).topic().topicName(), event.subject(), GovernanceCloudEvents.encode(event, metadata));
    }

    protected void awaitStanding(String requestId, String decisionId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM request_standing WHERE request_id = ? AND decision_id = ?")
                .params(requestId, decisionId).query(Long.class).single() == 1);
    }

    protected static Decision decision(Outcome outcome) {
        return new Decision(outcome, outcome == Outcome.DENY ? List.of(new Reason("consent", "CONSENT_WITHDRAWN", "ds-trials", "Consent withdrawn."))
                : List.of(), outcome == Outcome.DENY ? null : OBLIGATIONS, "test");
    }

    protected String publish(RequestApproved approval, String eventId) {
        EventMetadata metadata = new EventMetadata(eventId, URI.create("/request-service"),
                Instant.now().atOffset(ZoneOffset.UTC), "request-service");
        kafka.send(Topic.REQUESTS.topicName(), approval.requestId(), GovernanceCloudEvents.encode(approval, metadata));
        return eventId;
    }

    /** Waits until release-service has committed every record on the requests topic, so absence can be asserted. */
    protected void awaitConsumed() {
        try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> caughtUp(admin));
        }
    }

    protected long releasesOfRequest(String requestId) {
        return jdbc.sql("SELECT count(*) FROM releases WHERE request_id = ?").param(requestId).query(Long.class).single();
    }

    protected long storedEventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?").param(aggregateId)
                .query(Long.class).single();
    }

    private static boolean caughtUp(Admin admin) throws Exception {
        String topic = Topic.REQUESTS.topicName();
        Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                .partitions().stream()
                .collect(Collectors.toMap(info -> new TopicPartition(topic, info.partition()), info -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get();
        return ends.entrySet().stream().allMatch(end -> end.getValue().offset() == 0
                || committed.get(end.getKey()) != null && committed.get(end.getKey()).offset() >= end.getValue().offset());
    }
}
