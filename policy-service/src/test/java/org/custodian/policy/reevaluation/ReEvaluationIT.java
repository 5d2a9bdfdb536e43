package org.custodian.policy.reevaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.policy.PolicyServiceIntegration;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Approved requests are judged again, once, when their dataset's terms change or consent is withdrawn (catalog events). */
class ReEvaluationIT extends PolicyServiceIntegration {

    /** What a reporter claims: before the request was even decided (2026-11-22), so it must not order anything. */
    private static final Instant WITHDRAWN_AT = Instant.parse("2026-11-20T09:00:00Z");

    private String dataset;
    private String researcher;
    private KafkaProbe decisions;

    @BeforeEach
    void catalog() {
        dataset = unique("ds");
        researcher = unique("r");
        registerDataset(dataset, healthTerms());
        registerResearcher(vettedResearcher(researcher));
        decisions = KafkaProbe.on(Topic.DECISIONS.topicName(), Topic.CATALOG.deadLetterTopic("policy-service"));
    }

    @Test
    void narrowedTermsTurnAnApprovedRequestIntoADeny() {
        String approved = approvedRequest();
        String pending = decidedRequest();

        publish(new DatasetTermsChanged(dataset, 2, onlyForOtherDisease()), unique("evt"), Instant.now());

        DecisionReEvaluated again = reEvaluated(approved);
        assertThat(again.previousOutcome()).isEqualTo(Outcome.ALLOW);
        assertThat(again.decision().outcome()).isEqualTo(Outcome.DENY);
        assertThat(again.decision().reasons()).extracting(Reason::code).contains("DISEASE_MISMATCH");
        assertThat(again.cause()).isEqualTo(EventType.DATASET_TERMS_CHANGED.cloudEventType());
        long aboutPending = decisions.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.DECISION_RE_EVALUATED, pending)).count();
        assertThat(aboutPending).as("a request not approved is not judged again").isZero();
        assertThat(api.get("/api/decisions?request=" + approved, TestTokens.token("cora", "compliance")).json().size()).isEqualTo(2);
    }

    @Test
    void aConsentWithdrawalIsJudgedOnceEvenIfRedelivered() {
        String approved = approvedRequest();
        String eventId = unique("evt");
        ConsentWithdrawn withdrawn = new ConsentWithdrawn(dataset, "a", List.of(), WITHDRAWN_AT, null);
        Instant recorded = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

        publish(withdrawn, eventId, recorded);
        publish(withdrawn, eventId, recorded);

        DecisionReEvaluated again = reEvaluated(approved);
        assertThat(again.cause()).isEqualTo(EventType.CONSENT_WITHDRAWN.cloudEventType());
        assertThat(again.causeId()).isEqualTo(eventId);
        assertThat(again.evaluatedAt()).as("Custodian's time of record, not the reporter's withdrawn_at").isEqualTo(recorded);
        assertThat(reEvaluationsOf(approved)).isEqualTo(1);
    }

    @Test
    void aConsentPlatformsWithdrawalIsJudgedOnlyThroughTheCatalogEventRecordingIt() {
        String approved = approvedRequest();
        String reportedId = unique("consent");
        kafka.send(Topic.INBOUND.topicName(), dataset, CloudEventBuilder.v1().withId(reportedId)
                .withSource(URI.create("/consent-platform")).withType("org.custodian.integration.consent.withdrawn.v1")
                .withDataContentType("application/json").withData(("{\"dataset_id\":\"" + dataset
                        + "\",\"cohort\":\"a\",\"withdrawn_at\":\"2026-11-23T09:00:00Z\"}").getBytes()).build());
        String recordedId = unique("evt");

        publish(new ConsentWithdrawn(dataset, "a", List.of(), WITHDRAWN_AT, reportedId), recordedId, Instant.now());

        assertThat(reEvaluated(approved).causeId()).isEqualTo(recordedId);
        assertThat(reEvaluationsOf(approved)).as("the inbound original is not judged as well").isEqualTo(1);
    }

    @Test
    void recordedConsentIsPassedOverNeitherDeadLetteredNorBlockingWhatFollows() {
        String approved = approvedRequest();
        String recordedId = unique("evt");

        publish(new ConsentRecorded(dataset, null, "informed_consent", 120, Instant.now()), recordedId, Instant.now());
        publish(new ConsentWithdrawn(dataset, null, List.of("subject-7"), WITHDRAWN_AT, null), unique("evt"), Instant.now());

        reEvaluated(approved);
        assertThat(decisions.drain(Duration.ofSeconds(2))).noneMatch(r -> recordedId.equals(KafkaProbe.header(r, "ce_id")));
        assertThat(rows("consumed_event", "event_id", recordedId)).isZero();
    }

    @Test
    void anInvalidWithdrawalIsDeadLetteredAndJudgesNothing() {
        String approved = approvedRequest();
        String id = unique("bad");
        kafka.send(Topic.CATALOG.topicName(), dataset, CloudEventBuilder.v1().withId(id).withSource(URI.create("/x"))
                .withType(EventType.CONSENT_WITHDRAWN.cloudEventType()).withDataContentType("application/json")
                .withData("{\"cohort\":1}".getBytes()).build());

        ConsumerRecord<byte[], byte[]> dead = decisions.await(r -> id.equals(KafkaProbe.header(r, "ce_id"))
                && r.topic().equals(Topic.CATALOG.deadLetterTopic("policy-service")), PATIENCE);

        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("dataset_id");
        assertThat(reEvaluationsOf(approved)).isZero();
    }

    private long reEvaluationsOf(String requestId) {
        return decisions.drain(Duration.ofSeconds(3)).stream()
                .filter(KafkaProbe.ofType(EventType.DECISION_RE_EVALUATED, requestId)).count();
    }

    private String approvedRequest() {
        String requestId = decidedRequest();
        publish(new RequestApproved(requestId, researcher, List.of(dataset), "dec-x", Outcome.ALLOW,
                new Obligations(LocalDate.parse("2027-11-22"), "secure_enclave", "approval", List.of("hba1c"), false, false, null, false)), unique("evt"),
                Instant.now());
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> jdbc.sql(
                "SELECT approved FROM live_request WHERE request_id = ?").param(requestId).query(Boolean.class).single());
        return requestId;
    }

    private String decidedRequest() {
        String requestId = unique("req");
        publish(request(requestId, researcher, dataset, DS), unique("evt"), Instant.parse("2026-11-22T10:00:00Z"));
        ConsumerRecord<byte[], byte[]> made = decisions.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), PATIENCE);
        assertThat(((DecisionMade) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(made))).decision().outcome())
                .isEqualTo(Outcome.ALLOW);
        return requestId;
    }

    private DecisionReEvaluated reEvaluated(String requestId) {
        return (DecisionReEvaluated) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                decisions.await(KafkaProbe.ofType(EventType.DECISION_RE_EVALUATED, requestId), PATIENCE)));
    }

    private static DatasetTerms onlyForOtherDisease() {
        DatasetTerms terms = healthTerms();
        return new DatasetTerms(List.of(DS), "MONDO:0004975", terms.modifiers(), terms.approvedUsers(),
                terms.approvedInstitutions(), terms.timeLimitDays(), terms.moratoriumUntil(), terms.consent(),
                terms.retentionMaxDays(), terms.homeCountry(), terms.regimes(), terms.processingCountries(),
                terms.embargoUntil(), terms.sensitivity(), terms.accessModes(), terms.fields(), terms.publicationReview(),
                terms.review());
    }
}
