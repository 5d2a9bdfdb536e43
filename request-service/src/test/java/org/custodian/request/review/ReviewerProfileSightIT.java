package org.custodian.request.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * Invariants 5 and 8 for researcher profiles: a reviewer reads a researcher's profile only while reviewing one of
 * their requests, unrecused and not blinded; otherwise the profile answers 404 exactly as a missing one does.
 */
class ReviewerProfileSightIT extends ReviewIntegration {

    @Test
    void aReviewerSeesTheRequesterOnlyWhileReviewingTheirRequest() {
        String reviewer = unique("rev");
        String requester = person(REQUESTER_INSTITUTION);
        String other = person("inst-others");
        String dataset = datasetReviewedBy(List.of(reviewer, unique("rev")), false);
        assertUnseen(profile(requester, reviewer), requester);

        String request = underReview(requester, dataset);

        HttpApi.Response seen = profile(requester, reviewer);
        assertThat(seen.status()).as(seen.raw()).isEqualTo(200);
        assertThat(seen.json().at("/researcher_id").asText()).isEqualTo(requester);
        assertUnseen(profile(other, reviewer), other);
        assertUnseen(profile(requester, unique("rev")), requester);

        HttpApi.Response withdrawn = api.post("/api/requests/" + request + "/withdraw",
                TestTokens.token(requester, "researcher"), HttpApi.json(Map.of("reason", "Changed plans.")));
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(200);
        awaitState(request, "WITHDRAWN");

        assertUnseen(profile(requester, reviewer), requester);
    }

    @Test
    void aBlindedReviewNeverShowsTheRequestersProfile() {
        String reviewer = unique("rev");
        String requester = person(REQUESTER_INSTITUTION);
        String dataset = datasetReviewedBy(List.of(reviewer, unique("rev")), true);

        underReview(requester, dataset);

        HttpApi.Response blinded = profile(requester, reviewer);
        assertUnseen(blinded, requester);
        assertThat(blinded.raw()).doesNotContain(REQUESTER_NAME).doesNotContain(REQUESTER_INSTITUTION);
        assertThat(profile(requester, requester).status()).as("the researcher still sees their own").isEqualTo(200);
    }

    @Test
    void aRecusedReviewerNoLongerSeesTheRequester() {
        String reviewer = unique("rev");
        String requester = person(REQUESTER_INSTITUTION);
        String request = underReview(requester, datasetReviewedBy(List.of(reviewer, unique("rev"), unique("rev")), false));
        assertThat(profile(requester, reviewer).status()).isEqualTo(200);

        HttpApi.Response recused = declareConflict(request, reviewer, "I supervised their thesis.");
        assertThat(recused.status()).as(recused.raw()).isEqualTo(201);

        assertUnseen(profile(requester, reviewer), requester);
    }

    private HttpApi.Response profile(String researcherId, String reader) {
        String roles = reader.startsWith("rev-") ? "reviewer" : "researcher";
        return api.get("/api/researchers/" + researcherId, TestTokens.token(reader, roles));
    }

    /** The same 404 as for a researcher who does not exist, so the answer reveals nothing. */
    private void assertUnseen(HttpApi.Response response, String researcherId) {
        HttpApi.Response missing = api.get("/api/researchers/r-missing", TestTokens.token("rev-anyone", "reviewer"));
        assertThat(response.status()).as(response.raw()).isEqualTo(404);
        assertThat(response.json().at("/code").asText()).isEqualTo("UNKNOWN_RESEARCHER");
        assertThat(response.json().at("/detail").asText().replace(researcherId, "ID"))
                .isEqualTo(missing.json().at("/detail").asText().replace("r-missing", "ID"));
    }
}
