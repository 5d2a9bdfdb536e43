package org.custodian.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.custodian.testing.HttpApi;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Submit, amend, resubmit across all four services: the first version's review asks for changes, the
 * amended version gets a review of its own, and its approval is released once, with the researcher told
 * on the request itself. The first version's votes must neither hold back nor approve the second.
 */
class AmendResubmitIT {

    private static final String DATASET = "ds-amend";
    private static final String RESEARCHER = "r-amend";
    private static final List<String> PANEL = List.of("rev-amend-a", "rev-amend-b", "rev-amend-c");

    private static PlatformUnderTest platform;

    @BeforeAll
    static void registerCommittee() {
        platform = PlatformUnderTest.get();
        platform.registerDataset(DATASET, "committee", List.of("DUO:0000006"));
        platform.registerResearcher(RESEARCHER, "inst-amend");
        HttpApi.Response committee = platform.requests.put("/api/datasets/" + DATASET + "/committee", platform.steward,
                HttpApi.json(Map.of("reviewers", PANEL, "approvals_required", 2)));
        assertThat(committee.status()).as(committee.raw()).isEqualTo(200);
    }

    @Test
    void theApprovedAmendedVersionIsReleasedExactlyOnceAndTheResearcherIsTold() {
        String researcher = platform.token(RESEARCHER, "researcher");
        String id = platform.submit(researcher, PlatformUnderTest.diabetesResearch(), DATASET);
        platform.awaitState(id, researcher, "AWAITING_REVIEW");
        vote(id, "rev-amend-a", "approve");
        vote(id, "rev-amend-b", "request_changes");
        platform.awaitState(id, researcher, "CHANGES_REQUESTED");

        HttpApi.Response resubmitted = platform.requests.post("/api/requests/" + id + "/resubmit", researcher,
                HttpApi.json(Map.of("datasets", List.of(DATASET), "purpose", PlatformUnderTest.diabetesResearch(),
                        "fields", List.of("hba1c"), "duration_days", 180, "processing_country", "DE",
                        "access_mode", "secure_enclave")));
        assertThat(resubmitted.status()).as(resubmitted.raw()).isEqualTo(200);
        await().atMost(PlatformUnderTest.ASYNC).until(() -> approvalsRequired(id, researcher) == 2
                && platform.requests.get("/api/requests/" + id, researcher).json().at("/review/approvals").asInt() == 0
                && "AWAITING_REVIEW".equals(platform.requests.get("/api/requests/" + id, researcher).json().at("/state").asText()));
        vote(id, "rev-amend-b", "approve");
        vote(id, "rev-amend-c", "approve");

        platform.awaitState(id, researcher, "APPROVED");
        JsonNode release = platform.releaseOf(id, researcher);
        assertThat(release.at("/state").asText()).isEqualTo("ISSUED");
        await().atMost(PlatformUnderTest.ASYNC).until(() -> timeline(id, researcher).contains("release.issued"));
        JsonNode told = entry(id, researcher, "release.issued");
        assertThat(told.at("/data/release_id").asText()).isEqualTo(release.at("/id").asText());
        assertThat(told.at("/actor").asText()).isEqualTo("release-service");

        platform.awaitAuditEntry(id, "org.custodian.release.issued.v1");
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        List<String> audited = platform.auditEntries(id).stream().map(e -> e.at("/type").asText()).toList();
        assertThat(audited).containsOnlyOnce("org.custodian.release.issued.v1")
                .doesNotContain("org.custodian.release.refused.v1");
        assertThat(audited.stream().filter("org.custodian.request.approved.v1"::equals)).hasSize(1);
        assertThat(platform.releases.get("/api/releases", researcher).json().findValuesAsText("request_id")
                .stream().filter(id::equals)).hasSize(1);
        assertThat(timeline(id, researcher).stream().filter("release.issued"::equals)).hasSize(1);
        assertThat(timeline(id, researcher)).doesNotContain("release.refused");
    }

    private static void vote(String id, String reviewer, String vote) {
        HttpApi.Response response = platform.requests.post("/api/requests/" + id + "/votes",
                platform.token(reviewer, "reviewer"), HttpApi.json(Map.of("vote", vote, "reason", "amend test")));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
    }

    private static int approvalsRequired(String id, String token) {
        return platform.requests.get("/api/requests/" + id, token).json().at("/review/approvals_required").asInt();
    }

    private static List<String> timeline(String id, String token) {
        return StreamSupport.stream(platform.requests.get("/api/requests/" + id, token).json().at("/timeline")
                .spliterator(), false).map(e -> e.at("/event").asText()).toList();
    }

    private static JsonNode entry(String id, String token, String event) {
        return StreamSupport.stream(platform.requests.get("/api/requests/" + id, token).json().at("/timeline")
                .spliterator(), false).filter(e -> e.at("/event").asText().equals(event)).findFirst().orElseThrow();
    }
}
