package org.custodian.request.manuscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.requests.ManuscriptOutcome;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Manuscript review end to end over the real broker and database: release in, manuscript events out. */
class ManuscriptIT extends ManuscriptIntegration {

    private static final String INSTITUTION = "inst-authors";

    @Test
    void aReleasedResearchersManuscriptIsApprovedByAReviewerAndBothEventsReachKafka() {
        String researcher = person(INSTITUTION);
        String colleague = person(INSTITUTION);
        String reviewer = unique("rev");
        String other = unique("rev");
        String datasetId = dataset("approval", List.of(reviewer, other, colleague, researcher));
        window(datasetId, 10);
        String releaseId = release(researcher, datasetId, "approval", null);

        HttpApi.Response created = submit(researcher, manuscript(releaseId));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        String id = created.json().at("/id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/manuscripts/" + id);
        assertThat(created.json().at("/state").asText()).isEqualTo("AWAITING_REVIEW");

        ManuscriptSubmitted submitted = (ManuscriptSubmitted) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.MANUSCRIPT_SUBMITTED, id), WAIT)));
        assertThat(submitted.releaseId()).isEqualTo(releaseId);
        assertThat(submitted.researcherId()).isEqualTo(researcher);
        assertThat(submitted.review()).isEqualTo("approval");
        assertThat(submitted.reviewDueBy()).isEqualTo(CLOCK.today().plusDays(10));
        assertThat(submitted.reviewerIds()).as("not the researcher, not their institution").containsExactlyInAnyOrder(reviewer, other);
        assertThat(submitted.documentDigest()).isEqualTo(DIGEST);

        assertProblem(review(id, colleague, "approve"), 404, "UNKNOWN_MANUSCRIPT");
        assertProblem(api.post("/api/manuscripts/" + id + "/reviews", TestTokens.token(researcher, "reviewer", "researcher"),
                HttpApi.json(java.util.Map.of("verdict", "approve", "comment", "Mine."))), 403, "OWN_MANUSCRIPT");

        HttpApi.Response approved = review(id, reviewer, "approve");
        assertThat(approved.status()).as(approved.raw()).isEqualTo(201);
        assertThat(approved.json().at("/outcome").asText()).isEqualTo("approved");
        ManuscriptReviewed reviewed = (ManuscriptReviewed) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, id), WAIT)));
        assertThat(reviewed.outcome()).isEqualTo(ManuscriptOutcome.APPROVED);
        assertThat(reviewed.reviewerId()).isEqualTo(reviewer);

        HttpApi.Response again = review(id, reviewer, "approve");
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertProblem(review(id, other, "require_changes"), 409, "REVIEW_CLOSED");
        assertThat(storedReviews(id)).isEqualTo(1);

        HttpApi.Response details = read(id, TestTokens.token(researcher, "researcher"));
        assertThat(details.status()).as(details.raw()).isEqualTo(200);
        assertThat(details.json().at("/state").asText()).isEqualTo("APPROVED");
        assertThat(details.json().at("/timeline").findValuesAsText("event"))
                .containsExactly("manuscript.submitted", "manuscript.reviewed");
        assertThat(details.json().at("/timeline/1/actor").asText()).isEqualTo(reviewer);
        assertThat(kafka.drain(Duration.ofSeconds(1)).stream()
                .filter(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, id))).hasSize(1);
        assertThat(api.get("/actuator/prometheus", TestTokens.token("ops-admin", "admin")).raw())
                .containsPattern("custodian_manuscripts_submitted_total\\{[^}]*review=\"approval\"")
                .containsPattern("custodian_manuscripts_reviewed_total\\{[^}]*outcome=\"approved\"");
    }

    @Test
    void whoMayReadAManuscript() {
        String researcher = person(INSTITUTION);
        String reviewer = unique("rev");
        String releaseId = release(researcher, dataset("approval", List.of(reviewer)), "approval", null);
        String id = submitted(researcher, releaseId);

        assertThat(read(id, TestTokens.token(researcher, "researcher")).status()).isEqualTo(200);
        assertThat(read(id, TestTokens.token(reviewer, "reviewer")).status()).isEqualTo(200);
        assertThat(read(id, STEWARD).status()).isEqualTo(200);
        assertThat(read(id, TestTokens.token("carol-compliance", "compliance")).status()).isEqualTo(200);
        assertProblem(read(id, TestTokens.token(person(INSTITUTION), "researcher")), 404, "UNKNOWN_MANUSCRIPT");
        assertProblem(read(id, TestTokens.token(unique("rev"), "reviewer")), 404, "UNKNOWN_MANUSCRIPT");

        HttpApi.Response forSteward = api.get("/api/manuscripts?release=" + releaseId, STEWARD);
        assertThat(forSteward.status()).as(forSteward.raw()).isEqualTo(200);
        assertThat(forSteward.json().findValuesAsText("id")).containsExactly(id);
        assertThat(api.get("/api/manuscripts?release=" + releaseId, TestTokens.token(researcher, "researcher"))
                .json().findValuesAsText("id")).containsExactly(id);
        assertThat(api.get("/api/manuscripts?release=" + releaseId, TestTokens.token(person(INSTITUTION), "researcher"))
                .json().size()).isZero();
    }

    @Test
    void silencePastTheWindowIsRecordedAsDeemedApprovalOnce() {
        String researcher = person(INSTITUTION);
        String datasetId = dataset("approval", List.of(unique("rev")));
        window(datasetId, 14);
        String id = submitted(researcher, release(researcher, datasetId, "approval", null));
        LocalDate dueBy = CLOCK.today().plusDays(14);

        CLOCK.travelTo(dueBy, Duration.ofHours(23));
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, id))).as("the window is still open").isEmpty();

        CLOCK.travelTo(dueBy.plusDays(1), Duration.ofMinutes(1));
        ManuscriptReviewed deemed = (ManuscriptReviewed) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, id), WAIT)));
        assertThat(deemed.outcome()).isEqualTo(ManuscriptOutcome.DEEMED_APPROVED);
        assertThat(deemed.reviewerId()).isNull();
        await().atMost(WAIT).until(() -> "DEEMED_APPROVED".equals(read(id, STEWARD).json().at("/state").asText()));

        CLOCK.travelTo(dueBy.plusDays(40), Duration.ZERO);
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, id))).hasSize(1);
        assertThat(storedReviews(id)).isEqualTo(1);
        assertThat(read(id, STEWARD).json().at("/timeline/1/actor").asText()).isEqualTo(DeemedApprovalPoller.ACTOR);
    }

    @Test
    void aReviewBeforeTheWindowEndsCancelsTheDeemedApproval() {
        String researcher = person(INSTITUTION);
        String reviewer = unique("rev");
        String id = submitted(researcher, release(researcher, dataset("approval", List.of(reviewer)), "approval", null));
        assertThat(review(id, reviewer, "require_changes").status()).isEqualTo(201);

        CLOCK.travelTo(CLOCK.today().plusDays(60), Duration.ZERO);
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, id))).hasSize(1);
        assertThat(read(id, STEWARD).json().at("/state").asText()).isEqualTo("CHANGES_REQUIRED");
        assertThat(jdbc.sql("SELECT cancelled_at IS NOT NULL FROM manuscript_deadline WHERE manuscript_id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aMoratoriumRefusesApprovalAndHoldsTheDeemedApprovalUntilItEnds() {
        String researcher = person(INSTITUTION);
        String reviewer = unique("rev");
        String datasetId = dataset("approval", List.of(reviewer));
        window(datasetId, 10);
        LocalDate moratorium = CLOCK.today().plusDays(45);
        String id = submitted(researcher, release(researcher, datasetId, "approval", moratorium));
        long before = storedEvents();

        HttpApi.Response early = review(id, reviewer, "approve");
        assertProblem(early, 409, "MORATORIUM_IN_FORCE");
        assertThat(early.json().at("/detail").asText()).contains(moratorium.toString());
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(read(id, STEWARD).json().at("/no_publication_before").asText()).isEqualTo(moratorium.toString());

        CLOCK.travelTo(CLOCK.today().plusDays(20), Duration.ZERO);
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream()
                .filter(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, id))).as("window passed, moratorium not").isEmpty();

        CLOCK.travelTo(moratorium, Duration.ofMinutes(1));
        ManuscriptReviewed deemed = (ManuscriptReviewed) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, id), WAIT)));
        assertThat(deemed.outcome()).isEqualTo(ManuscriptOutcome.DEEMED_APPROVED);
    }

    @Test
    void aReviewerMayApproveOnceTheMoratoriumHasPassed() {
        String researcher = person(INSTITUTION);
        String reviewer = unique("rev");
        LocalDate moratorium = CLOCK.today().plusDays(5);
        String id = submitted(researcher, release(researcher, dataset("approval", List.of(reviewer)), "approval", moratorium));

        CLOCK.travelTo(moratorium, Duration.ofHours(1));
        HttpApi.Response approved = review(id, reviewer, "approve");
        assertThat(approved.status()).as(approved.raw()).isEqualTo(201);
    }

    @Test
    void underNotifyTheManuscriptIsAcknowledgedAndReviewersCannotDecide() {
        String researcher = person(INSTITUTION);
        String reviewer = unique("rev");
        String id = submitted(researcher, release(researcher, dataset("notify", List.of(reviewer)), "notify", null));

        CloudEvent event = KafkaProbe.cloudEvent(
                kafka.await(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, id), WAIT));
        ManuscriptReviewed acknowledged = (ManuscriptReviewed) GovernanceCloudEvents.decode(event);
        assertThat(acknowledged.outcome()).isEqualTo(ManuscriptOutcome.ACKNOWLEDGED);
        assertThat(acknowledged.reviewerId()).isNull();
        assertThat(event.getExtension(GovernanceCloudEvents.ACTOR_EXTENSION)).as("nobody reviewed it, least of all its author")
                .isEqualTo(DeemedApprovalPoller.ACTOR);
        assertThat(read(id, STEWARD).json().at("/timeline/1/actor").asText()).isEqualTo(DeemedApprovalPoller.ACTOR);
        assertThat(read(id, STEWARD).json().at("/timeline/0/actor").asText()).as("the submission stays the researcher's")
                .isEqualTo(researcher);
        assertThat(read(id, STEWARD).json().at("/state").asText()).isEqualTo("ACKNOWLEDGED");
        long before = storedEvents();
        assertProblem(review(id, reviewer, "approve"), 409, "NO_DECISION_RIGHTS");
        assertProblem(review(id, reviewer, "require_changes"), 409, "NO_DECISION_RIGHTS");
        assertThat(storedEvents()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM manuscript_deadline WHERE manuscript_id = ?").param(id)
                .query(Long.class).single()).as("no deemed approval under notify").isZero();
    }

    @Test
    void underNoneTheManuscriptIsRecordedWithoutReview() {
        String researcher = person(INSTITUTION);
        String reviewer = unique("rev");
        String id = submitted(researcher, release(researcher, dataset("none", List.of(reviewer)), "none", null));

        kafka.await(KafkaProbe.ofType(EventType.MANUSCRIPT_SUBMITTED, id), WAIT);
        assertThat(read(id, STEWARD).json().at("/state").asText()).isEqualTo("NO_REVIEW_REQUIRED");
        assertProblem(review(id, reviewer, "approve"), 404, "UNKNOWN_MANUSCRIPT");
        assertProblem(api.post("/api/manuscripts/" + id + "/reviews", TestTokens.token(reviewer, "reviewer", "steward"),
                HttpApi.json(java.util.Map.of("verdict", "approve", "comment", "Fine."))), 409, "NO_REVIEW_REQUIRED");
        assertThat(kafka.drain(Duration.ofSeconds(1)).stream()
                .filter(KafkaProbe.ofType(EventType.MANUSCRIPT_REVIEWED, id))).isEmpty();
    }

    @Test
    void theStrictestPublicationReviewOfReleaseAndDatasetsApplies() {
        String researcher = person(INSTITUTION);
        String datasetId = dataset("approval", List.of(unique("rev")));
        String id = submitted(researcher, release(researcher, datasetId, "notify", null));

        HttpApi.Response details = read(id, STEWARD);
        assertThat(details.json().at("/review").asText()).isEqualTo("approval");
        assertThat(details.json().at("/review_due_by").asText()).as("the configured default window")
                .isEqualTo(CLOCK.today().plusDays(30).toString());
    }

    @Test
    void aRevokedReleaseTakesNoManuscripts() {
        String researcher = person(INSTITUTION);
        String releaseId = release(researcher, dataset("approval", List.of(unique("rev"))), "approval", null);
        publish(new ReleaseRevoked(releaseId, "req-x", "Consent withdrawn.", Instant.now()), UUID.randomUUID().toString());
        await().atMost(WAIT).until(() -> "REVOKED".equals(jdbc.sql(
                "SELECT state FROM manuscript_release WHERE release_id = ?").param(releaseId).query(String.class).single()));
        long before = storedEvents();

        assertProblem(submit(researcher, manuscript(releaseId)), 409, "RELEASE_REVOKED");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aStewardSetsADatasetsWindow() {
        String datasetId = dataset("approval", List.of(unique("rev")));
        HttpApi.Response initial = api.get("/api/datasets/" + datasetId + "/publication-review",
                TestTokens.token("anyone", "researcher"));
        assertThat(initial.status()).as(initial.raw()).isEqualTo(200);
        assertThat(initial.json().at("/window_days").asInt()).isEqualTo(30);
        assertThat(initial.json().at("/default_window").asBoolean()).isTrue();

        window(datasetId, 21);
        HttpApi.Response changed = api.get("/api/datasets/" + datasetId + "/publication-review", STEWARD);
        assertThat(changed.json().at("/window_days").asInt()).isEqualTo(21);
        assertThat(changed.json().at("/default_window").asBoolean()).isFalse();
        assertThat(changed.json().at("/publication_review").asText()).isEqualTo("approval");
    }
}
