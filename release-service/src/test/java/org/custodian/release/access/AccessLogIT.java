package org.custodian.release.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /api/releases/{id}/accesses}: a release's access log, a page at a time, for whoever may see the release. */
class AccessLogIT extends ReleaseServiceIntegration {

    private static final String INTEGRATION = TestTokens.token("enclave-eu", "integration");

    private String researcher;
    private String releaseId;
    private String keys;

    @BeforeEach
    void aReleaseWithThreeUses() {
        researcher = "r-" + UUID.randomUUID();
        keys = UUID.randomUUID() + "-";
        releaseId = release(approval(newRequestId(), researcher, ERASE_BY));
        CLOCK.travelTo(LocalDate.parse("2027-01-10"), Duration.ofHours(10));
        report(researcher, "2027-01-10T09:00:00Z", "use-1");
        report("r-intruder", "2027-01-10T09:10:00Z", "use-2");
        report(researcher, "2027-01-10T09:20:00Z", "use-3");
    }

    @Test
    void theOwnResearcherPagesThroughTheUsesOldestFirst() {
        String own = TestTokens.token(researcher, "researcher");

        HttpApi.Response first = api.get("/api/releases/" + releaseId + "/accesses?limit=2", own);
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        String link = first.header("Link");
        assertThat(link).contains("rel=\"next\"");
        HttpApi.Response second = api.get(link.substring(link.indexOf("/api/"), link.indexOf('>')), own);

        List<String> ids = new ArrayList<>(first.json().findValuesAsText("access_id"));
        ids.addAll(second.json().findValuesAsText("access_id"));
        assertThat(ids).containsExactly("enclave-eu " + keys + "use-1", "enclave-eu " + keys + "use-2",
                "enclave-eu " + keys + "use-3");
        assertThat(first.json().at("/1/outcome").asText()).isEqualTo("VIOLATION");
        assertThat(first.json().at("/1/violations/0").asText()).isEqualTo("WRONG_RESEARCHER");
        assertThat(first.json().at("/0/outcome").asText()).isEqualTo("ALLOWED");
        assertThat(first.json().at("/0/reported_by").asText()).isEqualTo("enclave-eu");
        assertThat(second.header("Link")).isNull();
    }

    @Test
    void anotherResearchersReleaseLogIsUnknownAndOversightReadsIt() {
        HttpApi.Response other = api.get("/api/releases/" + releaseId + "/accesses", TestTokens.token("r-other", "researcher"));
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.json().at("/code").asText()).isEqualTo("UNKNOWN_RELEASE");
        assertThat(api.get("/api/releases/" + releaseId + "/accesses", TestTokens.token("rev", "reviewer")).status()).isEqualTo(404);
        assertThat(api.get("/api/releases/" + releaseId + "/accesses", null).status()).isEqualTo(401);

        for (String token : List.of(TestTokens.token("auditor", "compliance"), TestTokens.token("sam", "steward"))) {
            HttpApi.Response log = api.get("/api/releases/" + releaseId + "/accesses", token);
            assertThat(log.status()).as(log.raw()).isEqualTo(200);
            assertThat(log.json().size()).isEqualTo(3);
        }
    }

    @Test
    void aBadPageIsRefused() {
        String own = TestTokens.token(researcher, "researcher");

        assertThat(api.get("/api/releases/" + releaseId + "/accesses?limit=0", own).json().at("/code").asText())
                .isEqualTo("INVALID_LIMIT");
        assertThat(api.get("/api/releases/" + releaseId + "/accesses?cursor=abc", own).json().at("/code").asText())
                .isEqualTo("INVALID_CURSOR");
    }

    private void report(String user, String at, String key) {
        HttpApi.Response response = api.post("/api/releases/" + releaseId + "/accesses", INTEGRATION,
                "{\"researcher_id\":\"" + user + "\",\"dataset_id\":\"ds-trials\",\"fields\":[\"hba1c\"],"
                        + "\"bytes\":4096,\"origin\":\"enclave-eu-1\",\"accessed_at\":\"" + at + "\"}",
                Map.of("Idempotency-Key", keys + key));
        assertThat(response.status()).as(response.raw()).isEqualTo(202);
    }
}
