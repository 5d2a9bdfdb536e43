package org.custodian.request.manuscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.Topic;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every manuscript endpoint and the release consumer refuse bad input clearly, and store and publish nothing. */
class ManuscriptBadInputIT extends ManuscriptIntegration {

    private static final String OVERSIZED = "x".repeat(70_000);

    /** One release with one manuscript under approval review for the whole class. */
    private static Scenario scenario;

    private long eventsBefore;
    private long manuscriptsBefore;

    record Scenario(String researcher, String stranger, String reviewer, String datasetId, String releaseId,
                    String manuscriptId) {
    }

    @BeforeEach
    void aManuscriptUnderReview() {
        if (scenario == null) {
            String researcher = person("inst-bad");
            String reviewer = unique("rev");
            String datasetId = dataset("approval", List.of(reviewer));
            String releaseId = release(researcher, datasetId, "approval", null);
            scenario = new Scenario(researcher, person("inst-other"), reviewer, datasetId, releaseId,
                    submitted(researcher, releaseId));
        }
        eventsBefore = storedEvents();
        manuscriptsBefore = rows("manuscript");
    }

    @AfterEach
    void nothingStoredOrPublished() {
        assertThat(storedEvents()).as("nothing stored").isEqualTo(eventsBefore);
        assertThat(rows("manuscript")).isEqualTo(manuscriptsBefore);
    }

    @Test
    void neitherAResearcherNorADatasetMayTakeAManuscriptsId() {
        String id = scenario.manuscriptId();
        HttpApi.Response asResearcher = api.post("/api/researchers", STEWARD, HttpApi.json(Map.of("id", id,
                "name", "Ada Lovelace", "institution", "inst-1", "country", "DE", "vetted", true, "dsa_signed", true)));
        HttpApi.Response asDataset = api.post("/api/datasets", STEWARD,
                HttpApi.json(dataset(id, List.of("DUO:0000006"), "auto")));

        assertProblem(asResearcher, 409, "ID_IN_USE");
        assertProblem(asDataset, 409, "ID_IN_USE");
        assertThat(asResearcher.json().at("/detail").asText()).contains(id);
        assertThat(read(id, STEWARD).json().at("/title").asText()).isEqualTo("Drug X and HbA1c in type 2 diabetes");
    }

    private String researcher() {
        return TestTokens.token(scenario.researcher(), "researcher");
    }

    private String reviewer() {
        return TestTokens.token(scenario.reviewer(), "reviewer");
    }

    private String reviewsPath() {
        return "/api/manuscripts/" + scenario.manuscriptId() + "/reviews";
    }

    private static String reviewBody() {
        return HttpApi.json(Map.of("verdict", "approve", "comment", "Fine."));
    }

    private String windowPath() {
        return "/api/datasets/" + scenario.datasetId() + "/publication-review";
    }

    @Test
    void withoutAValidTokenEveryEndpointIsUnauthorised() {
        String body = HttpApi.json(manuscript(scenario.releaseId()));
        assertProblem(api.post("/api/manuscripts", null, body), 401, "UNAUTHENTICATED");
        assertProblem(api.post("/api/manuscripts", TestTokens.expiredToken(scenario.researcher(), "researcher"), body),
                401, "UNAUTHENTICATED");
        assertProblem(api.post("/api/manuscripts", TestTokens.foreignToken(scenario.researcher(), "researcher"), body),
                401, "UNAUTHENTICATED");
        assertProblem(api.post(reviewsPath(), null, reviewBody()), 401, "UNAUTHENTICATED");
        assertProblem(api.get("/api/manuscripts/" + scenario.manuscriptId(), null), 401, "UNAUTHENTICATED");
        assertProblem(api.get("/api/manuscripts?release=" + scenario.releaseId(), null), 401, "UNAUTHENTICATED");
        assertProblem(api.put(windowPath(), null, "{\"window_days\":5}"), 401, "UNAUTHENTICATED");
        assertProblem(api.get(windowPath(), null), 401, "UNAUTHENTICATED");
    }

    @Test
    void eachEndpointRefusesTheWrongRole() {
        String body = HttpApi.json(manuscript(scenario.releaseId()));
        assertProblem(api.post("/api/manuscripts", TestTokens.token(scenario.researcher(), "reviewer", "steward"), body),
                403, "FORBIDDEN");
        assertProblem(api.post(reviewsPath(), TestTokens.token(scenario.reviewer(), "researcher", "steward"), reviewBody()),
                403, "FORBIDDEN");
        assertProblem(api.get("/api/manuscripts/" + scenario.manuscriptId(), TestTokens.token("int-1", "integration")),
                404, "UNKNOWN_MANUSCRIPT");
        assertProblem(api.get("/api/manuscripts?release=" + scenario.releaseId(), reviewer()), 403, "FORBIDDEN");
        assertProblem(api.put(windowPath(), researcher(), "{\"window_days\":5}"), 403, "FORBIDDEN");
    }

    @Test
    void malformedJsonIsRefused() {
        assertProblem(api.post("/api/manuscripts", researcher(), "{\"release_id\": "), 400, "MALFORMED_BODY");
        assertProblem(api.post(reviewsPath(), reviewer(), "{\"verdict\": "), 400, "MALFORMED_BODY");
        assertProblem(api.put(windowPath(), STEWARD, "{\"window_days\": "), 400, "MALFORMED_BODY");
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        Map<String, Object> body = new HashMap<>(manuscript(scenario.releaseId()));
        body.put("impact_factor", 70);
        HttpApi.Response response = api.post("/api/manuscripts", researcher(), HttpApi.json(body));
        assertProblem(response, 400, "MALFORMED_BODY");
        assertThat(response.json().at("/detail").asText()).contains("impact_factor");
        assertProblem(api.post(reviewsPath(), reviewer(), "{\"verdict\":\"approve\",\"comment\":\"ok\",\"weight\":2}"),
                400, "MALFORMED_BODY");
    }

    @Test
    void invalidFieldsAreNamed() {
        Map<String, Object> body = new HashMap<>(manuscript(scenario.releaseId()));
        body.put("document_digest", "md5:abc");
        body.remove("title");
        HttpApi.Response response = api.post("/api/manuscripts", researcher(), HttpApi.json(body));
        assertProblem(response, 400, "INVALID_FIELDS");
        assertThat(response.json().findValuesAsText("field")).containsExactlyInAnyOrder("document_digest", "title");

        HttpApi.Response verdict = api.post(reviewsPath(), reviewer(), "{\"verdict\":\"abstain\",\"comment\":\"Unsure.\"}");
        assertProblem(verdict, 400, "INVALID_FIELDS");
        assertThat(verdict.json().findValuesAsText("field")).containsExactly("verdict");
        assertProblem(api.put(windowPath(), STEWARD, "{\"window_days\":0}"), 400, "INVALID_FIELDS");
        HttpApi.Response withoutRelease = api.get("/api/manuscripts", STEWARD);
        assertThat(withoutRelease.status()).as(withoutRelease.raw()).isEqualTo(400);
        assertThat(withoutRelease.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void oversizedBodiesAreRefused() {
        assertProblem(api.post("/api/manuscripts", researcher(), "{\"title\":\"" + OVERSIZED + "\"}"), 413, "BODY_TOO_LARGE");
        assertProblem(api.post(reviewsPath(), reviewer(), "{\"comment\":\"" + OVERSIZED + "\"}"), 413, "BODY_TOO_LARGE");
        assertProblem(api.put(windowPath(), STEWARD, "{\"x\":\"" + OVERSIZED + "\"}"), 413, "BODY_TOO_LARGE");
    }

    @Test
    void anUnknownOrForeignReleaseIsRefused() {
        HttpApi.Response unknown = submit(scenario.researcher(), manuscript("rel-" + UUID.randomUUID()));
        assertProblem(unknown, 422, "UNKNOWN_RELEASE");
        assertProblem(submit(scenario.stranger(), manuscript(scenario.releaseId())), 422, "UNKNOWN_RELEASE");
    }

    @Test
    void theSameDocumentAgainIsAReplayOfTheSameManuscript() {
        HttpApi.Response again = submit(scenario.researcher(), manuscript(scenario.releaseId()));
        assertThat(again.status()).as(again.raw()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().at("/id").asText()).isEqualTo(scenario.manuscriptId());
        assertThat(kafka.drain(Duration.ofSeconds(1)).stream()
                .filter(KafkaProbe.ofType(EventType.MANUSCRIPT_SUBMITTED, scenario.manuscriptId()))).hasSize(1);
    }

    @Test
    void theSameDocumentWithOtherDetailsIsAConflict() {
        Map<String, Object> body = new HashMap<>(manuscript(scenario.releaseId()));
        body.put("title", "Another title");
        assertProblem(submit(scenario.researcher(), body), 409, "DOCUMENT_ALREADY_SUBMITTED");
    }

    @Test
    void unknownManuscriptsAreNotFound() {
        String unknown = "ms-00000000-0000-0000-0000-000000000000";
        assertProblem(review(unknown, scenario.reviewer(), "approve"), 404, "UNKNOWN_MANUSCRIPT");
        assertProblem(review("not-an-id", scenario.reviewer(), "approve"), 404, "UNKNOWN_MANUSCRIPT");
        assertProblem(read(unknown, STEWARD), 404, "UNKNOWN_MANUSCRIPT");
        assertProblem(api.put("/api/datasets/ds-nowhere/publication-review", STEWARD, "{\"window_days\":5}"), 404,
                "UNKNOWN_DATASET");
        assertProblem(api.get("/api/datasets/ds-nowhere/publication-review", STEWARD), 404, "UNKNOWN_DATASET");
    }

    @Test
    void anInvalidReleaseRecordGoesToTheDeadLetterTopic() {
        String key = "rel-bad-" + UUID.randomUUID();
        long releasesBefore = rows("manuscript_release");
        releases.sendRaw(Topic.RELEASES.topicName(), key, "{\"not\": \"a cloud event\"}".getBytes(), Map.of());
        var dead = releases.await(record -> Topic.RELEASES.deadLetterTopic("request-service").equals(record.topic())
                && key.equals(new String(record.key())), WAIT);
        assertThat(KafkaProbe.header(dead, "x-exception-message")).isNotBlank();
        assertThat(rows("manuscript_release")).isEqualTo(releasesBefore);
    }

    @Test
    void aReplayedReleaseEventIsTakenOnce() {
        String eventId = UUID.randomUUID().toString();
        String releaseId = "rel-" + UUID.randomUUID();
        Obligations obligations = new Obligations(CLOCK.today().plusYears(1), "secure_enclave", "approval", List.of(),
                false, false, null, false);
        publish(new ReleaseIssued(releaseId, "req-1", scenario.researcher(), List.of(scenario.datasetId()),
                CLOCK.today().plusYears(1), obligations), eventId);
        await().atMost(WAIT).until(() -> known(releaseId));
        String replayedRelease = "rel-" + UUID.randomUUID();
        publish(new ReleaseIssued(replayedRelease, "req-1", scenario.researcher(), List.of(scenario.datasetId()),
                CLOCK.today().plusYears(1), obligations), eventId);
        String after = "rel-" + UUID.randomUUID();
        publish(new ReleaseIssued(after, "req-1", scenario.researcher(), List.of(scenario.datasetId()),
                CLOCK.today().plusYears(1), obligations), UUID.randomUUID().toString());
        await().atMost(WAIT).until(() -> known(after));
        assertThat(known(replayedRelease)).as("the same event id is not taken twice").isFalse();
    }
}
