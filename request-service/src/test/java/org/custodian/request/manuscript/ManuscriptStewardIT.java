package org.custodian.request.manuscript;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A manuscript that needs approval on datasets with no committee has no reviewer: its stewards decide
 * it, recorded as a steward's decision with the steward as actor (invariant 11).
 */
class ManuscriptStewardIT extends ManuscriptIntegration {

    @Test
    void aManuscriptNoReviewerMayDecideIsDecidedByAStewardAsSuch() {
        String researcher = person("inst-authors");
        String dataset = unique("ds-pub");
        registerDataset(dataset, List.of("DUO:0000006"), "auto");
        String manuscript = submitted(researcher, release(researcher, dataset, "approval", null));
        String path = "/api/manuscripts/" + manuscript + "/steward-decision";
        String body = HttpApi.json(Map.of("verdict", "approve", "comment", "No committee; I read it."));
        assertThat(read(manuscript, STEWARD).json().at("/reviewers").size()).isZero();

        assertProblem(review(manuscript, unique("rev"), "approve"), 404, "UNKNOWN_MANUSCRIPT");
        assertThat(api.post(path, TestTokens.token(researcher, "researcher"), body).status()).isEqualTo(403);
        assertThat(storedReviews(manuscript)).isZero();
        HttpApi.Response decided = api.post(path, STEWARD, body);

        assertThat(decided.status()).as(decided.raw()).isEqualTo(201);
        assertThat(decided.json().at("/outcome").asText()).isEqualTo("approved");
        JsonNode shown = read(manuscript, STEWARD).json();
        assertThat(entry(shown, "manuscript.steward-decided").at("/actor").asText()).isEqualTo("sam-steward");
        assertThat(entry(shown, "manuscript.reviewed").at("/actor").asText()).isEqualTo("sam-steward");
        assertProblem(api.post(path, STEWARD, body), 409, "REVIEW_CLOSED");
        assertThat(storedReviews(manuscript)).isEqualTo(1);
    }

    @Test
    void aManuscriptWithReviewersIsTheirsToDecide() {
        String researcher = person("inst-authors");
        String dataset = dataset("approval", List.of(unique("rev")));
        String manuscript = submitted(researcher, release(researcher, dataset, "approval", null));

        assertProblem(api.post("/api/manuscripts/" + manuscript + "/steward-decision", STEWARD,
                HttpApi.json(Map.of("verdict", "approve", "comment", "Faster."))), 409, "REVIEWERS_CAN_ACT");
        assertThat(storedReviews(manuscript)).isZero();
    }

    private static JsonNode entry(JsonNode manuscript, String event) {
        return StreamSupport.stream(manuscript.at("/timeline").spliterator(), false)
                .filter(e -> e.at("/event").asText().equals(event)).findFirst().orElseThrow();
    }
}
