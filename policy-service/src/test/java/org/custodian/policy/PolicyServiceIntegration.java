package org.custodian.policy;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.Consent;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.catalog.IrbApproval;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.contracts.requests.Purpose;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.testing.EmbeddedInfrastructure;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/** policy-service on the real embedded broker and database, fed catalog and request events as request-service emits them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructure.class)
public abstract class PolicyServiceIntegration {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);
    protected static final Instant SUBMITTED_AT = Instant.parse("2026-11-22T10:00:00Z");
    protected static final String HMB = "DUO:0000006";
    protected static final String GRU = "DUO:0000042";
    protected static final String DS = "DUO:0000007";

    @LocalServerPort
    private int port;
    @Autowired
    protected JdbcClient jdbc;

    protected HttpApi api;
    protected KafkaProbe kafka;

    @BeforeEach
    void connect() {
        api = new HttpApi("http://localhost:" + port);
        kafka = KafkaProbe.on(Topic.DECISIONS.topicName(),
                Topic.REQUESTS.deadLetterTopic("policy-service"));
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** Health research data with an IRB modifier, held in Germany, as in DESIGN §5. */
    protected static DatasetTerms healthTerms() {
        return new DatasetTerms(List.of(HMB), null, List.of("DUO:0000046", "DUO:0000021"), List.of(), List.of(),
                null, null, new Consent("informed_consent", false, false, false, false), 1095, "DE",
                List.of("GDPR"), null, null, 3, List.of("secure_enclave", "aggregate_api"),
                List.of("age_band", "hba1c", "region"), "approval", "auto");
    }

    /** Vetted, with two IRB approvals of which the policy checks the one valid longest (IRB-22-104). */
    protected static ResearcherRegistered vettedResearcher(String id) {
        return new ResearcherRegistered(id, "Ada Lovelace", "inst-1", "DE", false, true, true, false, false,
                List.of(new IrbApproval("IRB-22-104", LocalDate.parse("2030-06-30")),
                        new IrbApproval("IRB-19-001", LocalDate.parse("2027-01-31"))), null, "U0ADA4242");
    }

    protected static RequestSubmitted request(String requestId, String researcherId, String datasetId, String purposeCode) {
        return new RequestSubmitted(requestId, researcherId, List.of(datasetId),
                new Purpose(List.of(purposeCode), "MONDO:0005148", false, false, false,
                        "Does drug X reduce HbA1c in type 2 diabetes?"),
                List.of("age_band", "hba1c"), 365, "DE", "secure_enclave", 0);
    }

    protected void registerDataset(String datasetId, DatasetTerms terms) {
        publish(new DatasetRegistered(datasetId, "Trial outcomes", "Phase III outcomes", 1, terms), unique("evt"), Instant.now());
        await().atMost(PATIENCE).until(() -> rows("dataset_terms", "dataset_id", datasetId) == 1);
    }

    protected void registerResearcher(ResearcherRegistered researcher) {
        publish(researcher, unique("evt"), Instant.now());
        await().atMost(PATIENCE).until(() -> rows("requester", "researcher_id", researcher.researcherId()) == 1);
    }

    /** Publishes as request-service's outbox does: a CloudEvent in Kafka binary mode, keyed by subject. */
    protected void publish(GovernanceEvent event, String eventId, Instant time) {
        EventMetadata metadata = new EventMetadata(eventId, URI.create("/request-service"), time.atOffset(ZoneOffset.UTC),
                "sam-steward");
        kafka.send(EventType.of(event).topic().topicName(), event.subject(), GovernanceCloudEvents.encode(event, metadata));
    }

    protected long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    protected long rows(String table, String column, String value) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + column + " = ?").param(value).query(Long.class).single();
    }
}
