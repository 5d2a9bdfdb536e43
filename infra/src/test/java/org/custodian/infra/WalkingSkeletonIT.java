package org.custodian.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One request through all four services as the local platform runs them: separate processes on one
 * embedded KRaft broker and one embedded PostgreSQL, driven over HTTP as users would.
 */
class WalkingSkeletonIT {

    private static final String DATASET = "ds-trials";

    private static PlatformUnderTest platform;
    private static String researcher;

    @BeforeAll
    static void registerCatalog() {
        platform = PlatformUnderTest.get();
        researcher = platform.token("r-e2e", "researcher");
        platform.registerDataset(DATASET, "auto", List.of("DUO:0000006"));
        platform.registerResearcher("r-e2e", "inst-1");
    }

    @Test
    void anAllowedRequestIsApprovedReleasedAndAuditedOnce() {
        String id = platform.submit(researcher, PlatformUnderTest.diabetesResearch(), DATASET);

        JsonNode request = platform.awaitState(id, researcher, "APPROVED");
        assertThat(request.findValuesAsText("event")).containsSubsequence("request.submitted", "request.approved");

        List<String> types = platform.awaitAuditTypes(id, 4);
        assertThat(types).containsExactlyInAnyOrder("org.custodian.request.submitted.v1",
                "org.custodian.decision.made.v1", "org.custodian.request.approved.v1", "org.custodian.release.issued.v1");
        JsonNode release = platform.releaseOf(id, researcher);
        assertThat(release.at("/erase_by").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void aRequestOutsideThePermittedPurposeIsRejectedAndNeverReleased() {
        String id = platform.submit(researcher, Map.of("codes", List.of("DUO:0000011"),
                "statement", "Where did this population come from?"), DATASET);

        JsonNode request = platform.awaitState(id, researcher, "REJECTED");
        assertThat(request.findValuesAsText("code")).contains("PURPOSE_NOT_PERMITTED");

        List<String> types = platform.awaitAuditTypes(id, 3);
        assertThat(types).containsExactlyInAnyOrder("org.custodian.request.submitted.v1",
                "org.custodian.decision.made.v1", "org.custodian.request.rejected.v1");
        assertThat(platform.releases.get("/api/releases", researcher).json().findValuesAsText("request_id"))
                .doesNotContain(id);
    }

    @Test
    void theAuditLogHoldsEveryCatalogEventExactlyOnce() {
        List<String> types = platform.awaitAuditTypes(DATASET, 1);
        assertThat(types).containsExactly("org.custodian.dataset.registered.v1");
        assertThat(platform.audit.get("/api/audit/verify", platform.compliance).json().at("/valid").asBoolean()).isTrue();
    }
}
