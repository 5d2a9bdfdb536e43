package org.custodian.policy.reevaluation;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.Consent;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.custodian.contracts.catalog.IrbApproval;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.policy.PolicyServiceIntegration;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Live releases are judged again, once, by everything that can change their answer (terms, consent,
 * credentials), and as released: at the time their decision judged at, so nothing moves a date later.
 */
class ReEvaluationIT extends PolicyServiceIntegration {

    /** Before the submission: a consent platform reporting late must not sort the re-evaluation first. */
    private static final Instant WITHDRAWN_AT = Instant.parse("2026-11-01T09:00:00Z");
    private static final LocalDate ERASE_BY = LocalDate.parse("2027-11-22");
    private static final Instant DAY_36 = SUBMITTED_AT.plus(Duration.ofDays(36));

    private String dataset;
    private String researcher;
    private KafkaProbe decisions;
    private DecisionMade made;

    @BeforeEach
    void catalog() {
        dataset = unique("ds");
        researcher = unique("r");
        registerDataset(dataset, healthTerms());
        // IRB approval until day 400 of a 365-day release: a re-evaluation at the time of a later change
        // would put the erase-by date past it.
        registerResearcher(researcherWithIrbUntil(researcher, SUBMITTED_AT.atZone(ZoneOffset.UTC).toLocalDate().plusDays(400)));
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
        String approvedDecision = made.decisionId();
        String eventId = unique("evt");
        ConsentWithdrawn withdrawn = new ConsentWithdrawn(dataset, "a", List.of(), WITHDRAWN_AT, null);

        publish(withdrawn, eventId, DAY_36);
        publish(withdrawn, eventId, DAY_36);

        DecisionReEvaluated again = reEvaluated(approved);
        assertThat(again.cause()).isEqualTo(EventType.CONSENT_WITHDRAWN.cloudEventType());
        assertThat(again.causeId()).isEqualTo(eventId);
        assertThat(again.evaluatedAt()).as("when Custodian recorded the withdrawal, not the sender's withdrawn_at")
                .isEqualTo(DAY_36);
        assertThat(reEvaluationsOf(approved)).isEqualTo(1);
        assertThat(api.get("/api/decisions?request=" + approved, TestTokens.token("cora", "compliance")).json())
                .extracting(node -> node.get("decision_id").asText())
                .as("the re-evaluation sorts after the decision it re-judges")
                .containsExactly(approvedDecision, again.decisionId());
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
    void recordedConsentJudgesTheLiveReleasesOfItsDatasetAgain() {
        String approved = approvedRequest();
        String recordedId = unique("evt");

        publish(new ConsentRecorded(dataset, null, "informed_consent", 120, DAY_36), recordedId, DAY_36);

        DecisionReEvaluated again = reEvaluated(approved);
        assertThat(again.cause()).isEqualTo(EventType.CONSENT_RECORDED.cloudEventType());
        assertThat(again.causeId()).isEqualTo(recordedId);
    }

    @Test
    void consentWithdrawnByACohortOrTheWholeDatasetChangesTheAnswerOfAPerParticipantRelease() {
        dataset = unique("ds");
        registerDataset(dataset, perParticipantConsent());
        recordConsent("a", HMB);
        recordConsent("b", HMB);
        String approved = approvedRequest();

        publish(new ConsentWithdrawn(dataset, "b", List.of(), WITHDRAWN_AT, null), unique("evt"), DAY_36);

        DecisionReEvaluated cohortGone = reEvaluated(approved);
        assertThat(cohortGone.previousOutcome()).isEqualTo(Outcome.ALLOW);
        assertThat(cohortGone.decision().outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(cohortGone.decision().reasonCodes()).containsExactly("COHORT_CONSENT_WITHDRAWN");

        publish(new ConsentWithdrawn(dataset, null, List.of(), WITHDRAWN_AT, null), unique("evt"), DAY_36.plusSeconds(60));

        DecisionReEvaluated allGone = (DecisionReEvaluated) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(decisions.await(
                KafkaProbe.ofType(EventType.DECISION_RE_EVALUATED, approved).and(r -> !((DecisionReEvaluated) GovernanceCloudEvents
                        .decode(KafkaProbe.cloudEvent(r))).decisionId().equals(cohortGone.decisionId())), PATIENCE)));
        assertThat(allGone.previousOutcome()).isEqualTo(Outcome.REVIEW);
        assertThat(allGone.decision().outcome()).isEqualTo(Outcome.DENY);
        assertThat(allGone.decision().reasonCodes()).contains("CONSENT_WITHDRAWN");
    }

    @Test
    void aTermsChangeLateInTheReleaseJudgesItAsReleasedAndKeepsItsEraseByDate() {
        String approved = approvedRequest();

        publish(new DatasetTermsChanged(dataset, 2, healthTerms()), unique("evt"), DAY_36);

        DecisionReEvaluated again = reEvaluated(approved);
        assertThat(again.decision().reasonCodes()).as("the IRB approval holds until day 400, past the erase-by date")
                .doesNotContain("ETHICS_APPROVAL_MISSING");
        assertThat(again.decision().outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(again.decision().obligations().eraseBy()).isEqualTo(ERASE_BY);
        assertThat(again.evaluatedAt()).isEqualTo(DAY_36);
    }

    @Test
    void aRetentionShortenedBelowTheReleasesPeriodShortensItInsteadOfDenyingIt() {
        String approved = approvedRequest();

        publish(new DatasetTermsChanged(dataset, 2, retention(200)), unique("evt"), DAY_36);

        DecisionReEvaluated again = reEvaluated(approved);
        assertThat(again.decision().outcome()).isEqualTo(Outcome.ALLOW);
        assertThat(again.decision().obligations().eraseBy()).isEqualTo(LocalDate.parse("2027-06-10"));
    }

    @Test
    void changedCredentialsJudgeThatResearchersLiveReleasesAgainAndNoOneElses() {
        String approved = approvedRequest();
        String other = unique("r");
        registerResearcher(researcherWithIrbUntil(other, LocalDate.parse("2030-01-01")));
        String othersRequest = approvedRequest(other);

        publish(irbExpiresOn(researcher, LocalDate.parse("2027-03-01")), unique("evt"), DAY_36);

        DecisionReEvaluated again = reEvaluated(approved);
        assertThat(again.cause()).isEqualTo(EventType.RESEARCHER_CREDENTIALS_CHANGED.cloudEventType());
        assertThat(again.decision().outcome()).isEqualTo(Outcome.DENY);
        assertThat(again.decision().reasonCodes()).containsExactly("ETHICS_APPROVAL_MISSING");
        assertThat(reEvaluationsOf(othersRequest)).isZero();
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
        return approvedRequest(researcher);
    }

    private String approvedRequest(String requester) {
        String requestId = decidedRequest(requester);
        assertThat(made.decision().obligations().eraseBy()).isEqualTo(ERASE_BY);
        publish(new RequestApproved(requestId, requester, List.of(dataset), made.decisionId(), Outcome.ALLOW,
                made.decision().obligations()), unique("evt"), SUBMITTED_AT.plus(Duration.ofDays(2)));
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> jdbc.sql(
                "SELECT approved FROM live_request WHERE request_id = ?").param(requestId).query(Boolean.class).single());
        return requestId;
    }

    private String decidedRequest() {
        return decidedRequest(researcher);
    }

    private String decidedRequest(String requester) {
        String requestId = unique("req");
        publish(request(requestId, requester, dataset, DS), unique("evt"), SUBMITTED_AT);
        made = (DecisionMade) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                decisions.await(KafkaProbe.ofType(EventType.DECISION_MADE, requestId), PATIENCE)));
        assertThat(made.decision().outcome()).isEqualTo(Outcome.ALLOW);
        return requestId;
    }

    private DecisionReEvaluated reEvaluated(String requestId) {
        return (DecisionReEvaluated) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                decisions.await(KafkaProbe.ofType(EventType.DECISION_RE_EVALUATED, requestId), PATIENCE)));
    }

    /** Vetted, with one IRB approval valid until {@code expires}. */
    private static ResearcherRegistered researcherWithIrbUntil(String id, LocalDate expires) {
        return new ResearcherRegistered(id, "Ada Lovelace", "inst-1", "DE", false, true, true, false, false,
                List.of(new IrbApproval("IRB-26-400", expires)), null, null);
    }

    private static ResearcherCredentialsChanged irbExpiresOn(String id, LocalDate expires) {
        return new ResearcherCredentialsChanged(id, "inst-1", "DE", false, true, true, false, false,
                List.of(new IrbApproval("IRB-26-400", expires)), null, null, true, "IRB approval expires early");
    }

    private static DatasetTerms retention(int days) {
        DatasetTerms terms = healthTerms();
        return new DatasetTerms(terms.permittedUses(), terms.disease(), terms.modifiers(), terms.approvedUsers(),
                terms.approvedInstitutions(), terms.timeLimitDays(), terms.moratoriumUntil(), terms.consent(), days,
                terms.homeCountry(), terms.regimes(), terms.processingCountries(), terms.embargoUntil(),
                terms.sensitivity(), terms.accessModes(), terms.fields(), terms.publicationReview(), terms.review());
    }

    private void recordConsent(String cohort, String basis) {
        publish(new ConsentRecorded(dataset, cohort, basis, 100, SUBMITTED_AT), unique("evt"), Instant.now());
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> jdbc.sql(
                "SELECT count(*) FROM consent_held WHERE dataset_id = ? AND cohort = ?").params(dataset, cohort)
                .query(Long.class).single() == 1);
    }

    /** Released per participant's consent: each cohort's recorded consent must cover the purpose. */
    private static DatasetTerms perParticipantConsent() {
        DatasetTerms terms = healthTerms();
        return new DatasetTerms(terms.permittedUses(), terms.disease(), terms.modifiers(), terms.approvedUsers(),
                terms.approvedInstitutions(), terms.timeLimitDays(), terms.moratoriumUntil(),
                new Consent("per_participant", false, false, false, false), terms.retentionMaxDays(), terms.homeCountry(),
                terms.regimes(), terms.processingCountries(), terms.embargoUntil(), terms.sensitivity(), terms.accessModes(),
                terms.fields(), terms.publicationReview(), terms.review());
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
