package org.custodian.request.manuscript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
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
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.custodian.testing.TravellingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * request-service (its clock moved by the tests), fed releases on custodian.releases.v1 as
 * release-service sends them; datasets, committees and researchers set up over HTTP.
 */
abstract class ManuscriptIntegration extends RequestServiceIntegration {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final TravellingClock CLOCK = TravellingClock.SHARED;
    static final String DIGEST = "sha256:" + "ab12".repeat(16);

    protected KafkaProbe releases;

    @BeforeEach
    void listenToReleases() {
        releases = KafkaProbe.on(Topic.RELEASES.topicName(), Topic.RELEASES.deadLetterTopic("request-service"));
    }

    @AfterEach
    void backToToday() {
        CLOCK.reset();
        releases.close();
    }

    String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A registered researcher of {@code institution}; their id is their token subject. */
    String person(String institution) {
        String id = unique("p");
        HttpApi.Response response = api.post("/api/researchers", STEWARD, HttpApi.json(Map.of(
                "id", id, "name", "Rosalind Franklin", "institution", institution, "country", "DE", "vetted", true,
                "dsa_signed", true)));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return id;
    }

    /** A new dataset with this publication review, reviewed by {@code reviewers}. */
    String dataset(String publicationReview, List<String> reviewers) {
        String id = unique("ds-pub");
        Map<String, Object> dataset = new HashMap<>(dataset(id, List.of("DUO:0000006"), "auto"));
        @SuppressWarnings("unchecked")
        Map<String, Object> terms = new HashMap<>((Map<String, Object>) dataset.get("terms"));
        terms.put("publication_review", publicationReview);
        dataset.put("terms", terms);
        HttpApi.Response registered = api.post("/api/datasets", STEWARD, HttpApi.json(dataset));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(201);
        HttpApi.Response committee = api.put("/api/datasets/" + id + "/committee", STEWARD, HttpApi.json(Map.of(
                "reviewers", reviewers, "approvals_required", 1)));
        assertThat(committee.status()).as(committee.raw()).isEqualTo(200);
        return id;
    }

    void window(String datasetId, int days) {
        HttpApi.Response response = api.put("/api/datasets/" + datasetId + "/publication-review", STEWARD,
                HttpApi.json(Map.of("window_days", days)));
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
    }

    /** Issues a release to {@code researcher} as release-service would, and waits until request-service knows it. */
    String release(String researcher, String datasetId, String publicationReview, LocalDate noPublicationBefore) {
        String releaseId = "rel-" + UUID.randomUUID();
        Obligations obligations = new Obligations(CLOCK.today().plusYears(1), "secure_enclave", publicationReview,
                List.of("age_band"), true, false, noPublicationBefore, false);
        publish(new ReleaseIssued(releaseId, "req-" + UUID.randomUUID(), researcher, List.of(datasetId),
                CLOCK.today().plusYears(1), obligations), UUID.randomUUID().toString());
        await().atMost(WAIT).until(() -> known(releaseId));
        return releaseId;
    }

    boolean known(String releaseId) {
        return jdbc.sql("SELECT count(*) FROM manuscript_release WHERE release_id = ?").param(releaseId)
                .query(Long.class).single() == 1;
    }

    void publish(GovernanceEvent event, String eventId) {
        releases.send(Topic.RELEASES.topicName(), event.subject(), GovernanceCloudEvents.encode(event,
                new EventMetadata(eventId, URI.create("/release-service"), Instant.now().atOffset(ZoneOffset.UTC),
                        "release-service")));
    }

    static Map<String, Object> manuscript(String releaseId) {
        return Map.of("release_id", releaseId, "title", "Drug X and HbA1c in type 2 diabetes",
                "abstract_text", "A secondary analysis of phase III outcomes.", "venue", "The Lancet",
                "document_digest", DIGEST);
    }

    HttpApi.Response submit(String researcher, Map<String, Object> body) {
        return api.post("/api/manuscripts", TestTokens.token(researcher, "researcher"), HttpApi.json(body));
    }

    String submitted(String researcher, String releaseId) {
        HttpApi.Response response = submit(researcher, manuscript(releaseId));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.json().at("/id").asText();
    }

    HttpApi.Response review(String manuscriptId, String reviewer, String verdict) {
        return api.post("/api/manuscripts/" + manuscriptId + "/reviews", TestTokens.token(reviewer, "reviewer"),
                HttpApi.json(Map.of("verdict", verdict, "comment", "Read it: " + verdict + ".")));
    }

    HttpApi.Response read(String manuscriptId, String token) {
        return api.get("/api/manuscripts/" + manuscriptId, token);
    }

    long storedReviews(String manuscriptId) {
        return jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype = ?")
                .params(manuscriptId, org.custodian.contracts.requests.ManuscriptReviewed.class.getName())
                .query(Long.class).single();
    }

    static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).as(response.raw()).isEqualTo(code);
    }
}
