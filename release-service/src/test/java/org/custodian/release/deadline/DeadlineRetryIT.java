package org.custodian.release.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.custodian.release.ReleaseServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A deadline whose command keeps failing is retried after 1 h, then 2 h (capped), and parked after the
 * third failure (test settings), counted and listed for stewards.
 */
class DeadlineRetryIT extends ReleaseServiceIntegration {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String STEWARD = TestTokens.token("steward-1", "steward");

    @Autowired
    private MeterRegistry meters;

    @Test
    void aDeadlineThatKeepsFailingIsRetriedWithBackoffThenParkedCountedAndShown() {
        // a deadline of a release that does not exist: its command fails every time
        String releaseId = "rel-" + UUID.randomUUID();
        double parkedBefore = meters.counter("custodian.releases.deadlines.parked").count();
        Instant start = CLOCK.instant();
        jdbc.sql("INSERT INTO release_deadline (release_id, kind, due_at) VALUES (?, 'EXPIRY', ?)")
                .params(releaseId, Timestamp.from(start.minusSeconds(60))).update();

        await().atMost(WAIT).until(() -> attempts(releaseId) == 1);
        assertThat(retryAt(releaseId)).isBetween(start.plus(Duration.ofMinutes(59)), CLOCK.instant().plus(Duration.ofHours(1)));

        CLOCK.advance(Duration.ofMinutes(61));
        await().atMost(WAIT).until(() -> attempts(releaseId) == 2);
        assertThat(retryAt(releaseId)).isAfter(CLOCK.instant().plus(Duration.ofMinutes(119)));

        CLOCK.advance(Duration.ofMinutes(121));
        await().atMost(WAIT).until(() -> parked(releaseId));
        assertThat(attempts(releaseId)).isEqualTo(3);
        assertThat(meters.counter("custodian.releases.deadlines.parked").count()).isEqualTo(parkedBefore + 1);

        CLOCK.advance(Duration.ofDays(30));
        await().during(Duration.ofSeconds(1)).atMost(WAIT).until(() -> attempts(releaseId) == 3);

        HttpApi.Response shown = api.get("/api/deadlines/parked", STEWARD);
        assertThat(shown.status()).as(shown.raw()).isEqualTo(200);
        assertThat(shown.raw()).contains(releaseId).contains("There is no release").contains("\"attempts\":3");
        assertThat(api.get("/api/deadlines/parked", null).status()).isEqualTo(401);
        HttpApi.Response researcher = api.get("/api/deadlines/parked", TestTokens.token("r-1", "researcher"));
        assertThat(researcher.status()).isEqualTo(403);
        assertThat(researcher.json().at("/code").asText()).isEqualTo("FORBIDDEN");
    }

    private int attempts(String releaseId) {
        return jdbc.sql("SELECT attempts FROM release_deadline WHERE release_id = ?").param(releaseId).query(Integer.class).single();
    }

    private Instant retryAt(String releaseId) {
        return jdbc.sql("SELECT retry_at FROM release_deadline WHERE release_id = ?").param(releaseId)
                .query(Timestamp.class).single().toInstant();
    }

    private boolean parked(String releaseId) {
        return jdbc.sql("SELECT parked_at IS NOT NULL FROM release_deadline WHERE release_id = ?").param(releaseId)
                .query(Boolean.class).single();
    }
}
