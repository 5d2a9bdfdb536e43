package org.custodian.policy.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.policy.PolicyServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A submitted request is judged against the terms the catalog announced, and the decision is published once. */
class DecisionFlowIT extends PolicyServiceIntegration {

    private String dataset;
    private String researcher;

    @BeforeEach
    void catalog() {
        dataset = unique("ds");
        researcher = unique("r");
        registerDataset(dataset, healthTerms());
        registerResearcher(vettedResearcher(researcher));
    }

    @Test
    void aRequestWithinTheTermsIsAllowedWithItsObligations() {
        String requestId = unique("req");

        publish(request(requestId, researcher, dataset, DS), unique("evt"), SUBMITTED_AT);

        ConsumerRecord<byte[], byte[]> record = kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), PATIENCE);
        DecisionMade made = decode(record);
        assertThat(made.decision().reasons()).isEmpty();
        assertThat(made.decision().outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(made.decision().obligations().eraseBy()).isEqualTo(LocalDate.parse("2027-11-22"));
        assertThat(made.evaluatedAt()).isEqualTo(SUBMITTED_AT);
        assertThat(made.decision().policyRevision()).isEqualTo(policyRevision());
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo("policy-service");
    }

    @Test
    void aPurposeOutsideThePermissionsIsDeniedNamingTheDataset() {
        String requestId = unique("req");

        publish(request(requestId, researcher, dataset, GRU), unique("evt"), SUBMITTED_AT);

        DecisionMade made = decode(kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), PATIENCE));
        assertThat(made.decision().outcome()).isEqualTo(Outcome.DENY);
        assertThat(made.decision().reasons()).extracting(Reason::code).containsExactly("PURPOSE_NOT_PERMITTED");
        assertThat(made.decision().reasons().get(0).dataset()).isEqualTo(dataset);
    }

    @Test
    void aRequesterTheCatalogDoesNotKnowHoldsNoCredentials() {
        String requestId = unique("req");

        publish(request(requestId, unique("stranger"), dataset, DS), unique("evt"), SUBMITTED_AT);

        DecisionMade made = decode(kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), PATIENCE));
        assertThat(made.decision().outcome()).isEqualTo(Outcome.DENY);
        assertThat(made.decision().reasonCodes()).contains("RESEARCHER_NOT_VETTED", "DSA_NOT_SIGNED");
    }

    @Test
    void aFreshSubmissionArrivingBeforeItsResearcherAndDatasetWaitsForTheCatalog() throws InterruptedException {
        String requestId = unique("req");
        String lateResearcher = unique("r");
        String lateDataset = unique("ds");

        publish(request(requestId, lateResearcher, lateDataset, DS), unique("evt"), Instant.now());
        Thread.sleep(2_000);
        publish(new org.custodian.contracts.catalog.DatasetRegistered(lateDataset, "Trial outcomes", "Phase III", 1,
                healthTerms()), unique("evt"), Instant.now());
        publish(vettedResearcher(lateResearcher), unique("evt"), Instant.now());

        DecisionMade made = decode(kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), Duration.ofSeconds(60)));
        assertThat(made.decision().reasonCodes()).isEmpty();
        assertThat(made.decision().outcome()).isEqualTo(Outcome.ALLOW);
    }

    @Test
    void aRedeliveredSubmissionMakesNoSecondDecision() {
        String requestId = unique("req");
        String eventId = unique("evt");
        RequestSubmitted submitted = request(requestId, researcher, dataset, DS);

        publish(submitted, eventId, SUBMITTED_AT);
        publish(submitted, eventId, SUBMITTED_AT);
        // Same key, so the same partition: once this one is decided, both copies above were consumed.
        String later = unique("req");
        kafka.send(Topic.REQUESTS.topicName(), requestId, GovernanceCloudEvents.encode(request(later, researcher, dataset, DS),
                new EventMetadata(unique("evt"), URI.create("/request-service"), SUBMITTED_AT.atOffset(ZoneOffset.UTC), researcher)));
        kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, later), PATIENCE);

        assertThat(rows("decision", "request_id", requestId)).isEqualTo(1);
        assertThat(rows("domainevententry", "aggregateidentifier", requestId)).isEqualTo(1);
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.DECISION_MADE, requestId)).count()).isEqualTo(1);
    }

    @Test
    void anAmendedResubmissionIsDecidedAnewAndBothDecisionsAreKeptInOrder() {
        String requestId = unique("req");
        publish(request(requestId, researcher, dataset, GRU), unique("evt"), SUBMITTED_AT);
        DecisionMade first = decode(kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), PATIENCE));
        String resubmissionId = unique("evt");
        Instant resubmittedAt = SUBMITTED_AT.plus(Duration.ofDays(2));

        publish(request(requestId, researcher, dataset, DS), resubmissionId, resubmittedAt);
        publish(request(requestId, researcher, dataset, DS), resubmissionId, resubmittedAt);

        DecisionMade second = decode(kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId)
                .and(record -> !first.decisionId().equals(decode(record).decisionId())), PATIENCE));
        assertThat(first.decision().outcome()).isEqualTo(Outcome.DENY);
        assertThat(second.decision().outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(second.evaluatedAt()).isEqualTo(resubmittedAt);
        assertThat(second.decision().obligations().eraseBy()).isEqualTo(LocalDate.parse("2027-11-24"));
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.DECISION_MADE, requestId)).count())
                .as("the redelivered resubmission makes no third decision").isEqualTo(2);
        HttpApi.Response history = api.get("/api/decisions?request=" + requestId, TestTokens.token("cora", "compliance"));
        assertThat(history.json().findValuesAsText("decision_id")).containsExactly(first.decisionId(), second.decisionId());
        assertThat(history.json().at("/1/decision/outcome").asText()).isEqualTo("allow");
        assertThat(jdbc.sql("SELECT submission ->> 'purpose' FROM live_request WHERE request_id = ?").param(requestId)
                .query(String.class).single()).as("re-evaluation judges the amended request").contains(DS);
    }

    @Test
    void theDecisionsOnARequestCanBeRead() {
        String requestId = unique("req");
        publish(request(requestId, researcher, dataset, GRU), unique("evt"), SUBMITTED_AT);
        DecisionMade made = decode(kafka.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), PATIENCE));

        HttpApi.Response response = api.get("/api/decisions?request=" + requestId, TestTokens.token("cora", "compliance"));

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.json()).hasSize(1);
        assertThat(response.json().at("/0/decision_id").asText()).isEqualTo(made.decisionId());
        assertThat(response.json().at("/0/evaluated_at").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(response.json().at("/0/decision/outcome").asText()).isEqualTo("deny");
        assertThat(response.json().at("/0/decision/reasons/0/code").asText()).isEqualTo("PURPOSE_NOT_PERMITTED");
        assertThat(response.json().at("/0/decision/policy_revision").asText()).isEqualTo(policyRevision());
    }

    private String policyRevision() {
        return api.get("/api/policy", TestTokens.token("cora", "compliance")).json().get("revision").asText();
    }

    private static DecisionMade decode(ConsumerRecord<byte[], byte[]> record) {
        return (DecisionMade) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
    }
}
