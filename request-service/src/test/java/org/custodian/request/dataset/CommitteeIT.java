package org.custodian.request.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommitteeIT extends RequestServiceIntegration {

    private static final String OVERSIZED = "{\"reviewers\":[\"" + "x".repeat(70_000) + "\"]}";

    private String dataset;
    private long eventsBefore;

    @BeforeEach
    void aDataset() {
        dataset = "ds-committee-" + UUID.randomUUID().toString().substring(0, 8);
        registerDataset(dataset, List.of("DUO:0000042"), "committee");
        eventsBefore = storedEvents();
    }

    @Test
    void aStewardSetsTheCommitteeAndReviewersReadIt() {
        HttpApi.Response set = put(STEWARD, Map.of("reviewers", List.of("rev-a", "rev-b", "rev-a")));

        assertThat(set.status()).as(set.raw()).isEqualTo(200);
        assertThat(set.json().at("/reviewers").size()).isEqualTo(2);
        assertThat(set.json().at("/approvals_required").asInt()).isEqualTo(2);
        assertThat(set.json().at("/blinded").asBoolean()).isFalse();
        assertThat(storedEvents()).isEqualTo(eventsBefore + 1);
        HttpApi.Response read = api.get(path(), TestTokens.token("rev-a", "reviewer"));
        assertThat(read.json().at("/reviewers/1").asText()).isEqualTo("rev-b");
    }

    @Test
    void settingTheSameCommitteeAgainStoresNothing() {
        Map<String, Object> committee = Map.of("reviewers", List.of("rev-a"), "approvals_required", 1, "blinded", true);
        put(STEWARD, committee);

        HttpApi.Response again = put(STEWARD, committee);

        assertThat(again.status()).isEqualTo(200);
        assertThat(storedEvents()).isEqualTo(eventsBefore + 1);
    }

    @Test
    void researchersDoNotLearnWhoReviews() {
        put(STEWARD, Map.of("reviewers", List.of("rev-a")));

        assertProblem(api.get(path(), TestTokens.token("rita", "researcher")), 403, "FORBIDDEN");
    }

    @Test
    void withoutACommitteeThereIsNothingToRead() {
        assertProblem(api.get(path(), STEWARD), 404, "NO_COMMITTEE");
    }

    @Test
    void withoutATokenIsUnauthorised() {
        assertProblem(api.put(path(), null, "{}"), 401, "UNAUTHENTICATED");
    }

    @Test
    void onlyStewardsSetCommittees() {
        String token = TestTokens.token("rev-a", "researcher", "reviewer", "compliance");
        assertProblem(api.put(path(), token, HttpApi.json(Map.of("reviewers", List.of("rev-a")))), 403, "FORBIDDEN");
    }

    @Test
    void malformedJsonIsRefused() {
        assertProblem(api.put(path(), STEWARD, "{\"reviewers\": ["), 400, "MALFORMED_BODY");
    }

    @Test
    void unknownFieldsAreRefusedByName() {
        HttpApi.Response response = put(STEWARD, Map.of("reviewers", List.of("rev-a"), "chair", "rev-a"));
        assertProblem(response, 400, "MALFORMED_BODY");
        assertThat(response.json().at("/detail").asText()).contains("chair");
    }

    @Test
    void invalidFieldsAreListed() {
        HttpApi.Response response = put(STEWARD, Map.of("reviewers", List.of(), "approvals_required", 0));
        assertProblem(response, 400, "INVALID_FIELDS");
        assertThat(response.json().findValuesAsText("field")).contains("reviewers", "approvals_required");
    }

    @Test
    void oversizedBodiesAreRefused() {
        assertProblem(api.put(path(), STEWARD, OVERSIZED), 413, "BODY_TOO_LARGE");
    }

    @Test
    void anUnknownDatasetIsNotFound() {
        HttpApi.Response response = api.put("/api/datasets/ds-nowhere/committee", STEWARD,
                HttpApi.json(Map.of("reviewers", List.of("rev-a"))));
        assertProblem(response, 404, "UNKNOWN_DATASET");
    }

    @Test
    void aQuorumLargerThanTheCommitteeIsRefused() {
        HttpApi.Response response = put(STEWARD, Map.of("reviewers", List.of("rev-a", "rev-a"), "approvals_required", 2));
        assertProblem(response, 422, "QUORUM_EXCEEDS_COMMITTEE");
    }

    private String path() {
        return "/api/datasets/" + dataset + "/committee";
    }

    private HttpApi.Response put(String token, Map<String, Object> body) {
        return api.put(path(), token, HttpApi.json(body));
    }

    private void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
        assertThat(storedEvents()).as("nothing stored").isEqualTo(eventsBefore + committeesSet());
    }

    private long committeesSet() {
        return jdbc.sql("SELECT count(*) FROM dataset_committee WHERE dataset_id = ?").param(dataset).query(Long.class).single();
    }
}
