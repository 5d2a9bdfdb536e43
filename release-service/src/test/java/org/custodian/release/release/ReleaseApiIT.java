package org.custodian.release.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Who may read which release over HTTP (DESIGN §2, §9). */
class ReleaseApiIT extends ReleaseServiceIntegration {

    private static final String ADA = "r-ada";
    private static final String BOB = "r-bob";
    private static final String ADA_RELEASE = ReleaseId.forRequest("req-api-ada").value();
    private static final String BOB_RELEASE = ReleaseId.forRequest("req-api-bob").value();

    @BeforeEach
    void oneReleaseEachForAdaAndBob() {
        if (releasesOfRequest("req-api-ada") + releasesOfRequest("req-api-bob") < 2) {
            publish(approval("req-api-ada", ADA, Outcome.ALLOW));
            publish(approval("req-api-bob", BOB, Outcome.ALLOW));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> releasesOfRequest("req-api-ada") + releasesOfRequest("req-api-bob") == 2);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/releases", "/api/releases/rel-00000000-0000-0000-0000-000000000000"})
    void withoutATokenIsUnauthorised(String path) {
        HttpApi.Response response = api.get(path, null);

        assertProblem(response, 401, "UNAUTHENTICATED");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(api.get(path, TestTokens.expiredToken(ADA, "researcher")), 401, "UNAUTHENTICATED");
        assertProblem(api.get(path, TestTokens.foreignToken(ADA, "steward")), 401, "UNAUTHENTICATED");
    }

    @Test
    void reviewersHaveNoBusinessWithReleases() {
        String token = TestTokens.token("someone", "reviewer");

        assertProblem(api.get("/api/releases", token), 403, "FORBIDDEN");
        assertProblem(api.get("/api/releases/" + ADA_RELEASE, token), 404, "UNKNOWN_RELEASE");
    }

    @Test
    void complianceReadsEveryRelease() {
        String token = TestTokens.token("auditor", "compliance");

        assertThat(api.get("/api/releases", token).json().findValuesAsText("id")).contains(ADA_RELEASE);
        assertThat(api.get("/api/releases/" + ADA_RELEASE, token).json().at("/researcher_id").asText()).isEqualTo(ADA);
    }

    @Test
    void aResearcherListsOnlyTheirOwnReleases() {
        HttpApi.Response list = api.get("/api/releases", TestTokens.token(ADA, "researcher"));

        assertThat(list.status()).as(list.raw()).isEqualTo(200);
        assertThat(list.json().findValuesAsText("id")).containsExactly(ADA_RELEASE);
        assertThat(list.json().findValuesAsText("researcher_id")).containsOnly(ADA);
    }

    @Test
    void aResearcherCannotReadSomeoneElsesRelease() {
        HttpApi.Response response = api.get("/api/releases/" + BOB_RELEASE, TestTokens.token(ADA, "researcher"));

        assertProblem(response, 404, "UNKNOWN_RELEASE");
        assertThat(api.get("/api/releases/" + ADA_RELEASE, TestTokens.token(ADA, "researcher")).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"steward", "integration", "admin"})
    void stewardsAndIntegrationsReadEveryRelease(String role) {
        String token = TestTokens.token("staff", role);

        assertThat(api.get("/api/releases", token).json().findValuesAsText("id")).contains(ADA_RELEASE, BOB_RELEASE);
        assertThat(api.get("/api/releases/" + BOB_RELEASE, token).json().at("/researcher_id").asText()).isEqualTo(BOB);
    }

    @Test
    void anUnknownReleaseIsNotFound() {
        HttpApi.Response response = api.get("/api/releases/rel-00000000-0000-0000-0000-000000000000",
                TestTokens.token("staff", "steward"));

        assertProblem(response, 404, "UNKNOWN_RELEASE");
        assertThat(response.json().at("/detail").asText()).contains("rel-00000000-0000-0000-0000-000000000000");
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}
