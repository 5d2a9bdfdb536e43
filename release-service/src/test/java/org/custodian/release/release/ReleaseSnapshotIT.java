package org.custodian.release.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * A release with a long history loads from its latest snapshot (ADR 10): after more reported uses than
 * the snapshot threshold there is a snapshot, and the release still judges by its own terms and state.
 */
class ReleaseSnapshotIT extends ReleaseServiceIntegration {

    private static final String INTEGRATION = TestTokens.token("enclave-eu", "integration");

    @Test
    void aReleaseWithManyAccessesIsSnapshottedAndStillJudgesByItsTermsAndState() {
        String requestId = newRequestId();
        String researcher = "r-" + UUID.randomUUID();
        String releaseId = release(approval(requestId, researcher, ERASE_BY));

        for (int i = 0; i < 120; i++) {
            assertThat(report(releaseId, researcher, "use-" + i).status()).isEqualTo(202);
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> snapshots(releaseId) > 0);
        assertThat(jdbc.sql("SELECT max(sequencenumber) FROM snapshotevententry WHERE aggregateidentifier = ?")
                .param(releaseId).query(Long.class).single()).isGreaterThanOrEqualTo(99L);

        assertThat(report(releaseId, "r-intruder", "use-intruder").json().at("/violations/0").asText())
                .as("terms survive the snapshot").isEqualTo("WRONG_RESEARCHER");
        HttpApi.Response revoked = api.post("/api/releases/" + releaseId + "/revoke", TestTokens.token("sam", "steward"),
                "{\"reason\":\"DSA breached\"}", Map.of());
        assertThat(revoked.status()).as(revoked.raw()).isLessThan(300);
        HttpApi.Response again = api.post("/api/releases/" + releaseId + "/revoke", TestTokens.token("sam", "steward"),
                "{\"reason\":\"again\"}", Map.of());
        assertThat(again.json().at("/code").asText()).as("state survives the snapshot").isEqualTo("ALREADY_REVOKED");
    }

    private HttpApi.Response report(String releaseId, String researcher, String key) {
        return api.post("/api/releases/" + releaseId + "/accesses", INTEGRATION,
                "{\"researcher_id\":\"" + researcher + "\",\"dataset_id\":\"ds-trials\",\"fields\":[\"hba1c\"],"
                        + "\"accessed_at\":\"" + CLOCK.instant() + "\"}", Map.of("Idempotency-Key", key));
    }

    private long snapshots(String releaseId) {
        return jdbc.sql("SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?").param(releaseId)
                .query(Long.class).single();
    }
}
