package org.custodian.audit.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's arithmetic on a small, hand-checked history. */
class TransparencyTallyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-02-01T00:00:00Z");

    private final TransparencyTally tally = new TransparencyTally(FROM, TO);

    @Test
    void countsOnlyWhatHappenedInTheWindowButRemembersWhatCameBefore() throws Exception {
        event("request.submitted", "req-old", "2025-12-20T00:00:00Z", "{}");
        event("request.approved", "req-old", "2026-01-02T00:00:00Z", "{}");
        event("release.issued", "req-old", "2025-12-31T00:00:00Z",
                "{\"release_id\": \"rel-old\", \"researcher_id\": \"r-1\", \"erase_by\": \"2026-01-10\"}");
        event("erasure.certified", "req-old", "2026-01-12T00:00:00Z", "{\"release_id\": \"rel-old\"}");
        event("request.submitted", "req-a", "2026-01-05T00:00:00Z", "{}");
        event("request.approved", "req-a", "2026-01-05T01:00:00Z", "{}");
        event("request.approved", "req-a", "2026-01-05T02:00:00Z", "{}");
        event("release.issued", "req-a", "2026-01-06T00:00:00Z",
                "{\"release_id\": \"rel-a\", \"researcher_id\": \"r-2\", \"erase_by\": \"2026-06-01\"}");
        event("request.submitted", "req-b", "2026-01-07T00:00:00Z", "{}");
        event("request.rejected", "req-b", "2026-01-07T00:00:30Z",
                "{\"reasons\": [{\"code\": \"DSA_NOT_SIGNED\"}, {\"code\": \"EMBARGOED\"}, {\"code\": \"EMBARGOED\"}]}");
        event("request.submitted", "req-c", "2026-01-08T00:00:00Z", "{}");
        event("request.rejected", "req-c", "2026-01-08T00:10:00Z", "{\"reasons\": [{\"code\": \"EMBARGOED\"}]}");
        event("erasure.overdue", "req-x", "2026-01-20T00:00:00Z", "{\"release_id\": \"rel-x\"}");
        event("request.submitted", "req-late", "2026-02-01T00:00:00Z", "{}");

        TransparencyReport report = tally.report();

        assertThat(report.requests()).isEqualTo(3);
        assertThat(report.approvals()).isEqualTo(2);
        assertThat(report.denials()).isEqualTo(2);
        assertThat(report.denialsByReason()).isEqualTo(Map.of("DSA_NOT_SIGNED", 1L, "EMBARGOED", 2L));
        // 13 days 0 h (req-old), 1 h, 30 s, 10 min: sorted 30, 600, 3600, 1123200
        assertThat(report.timeToDecision()).isEqualTo(new TransparencyReport.TimeToDecision(4, 600L, 1123200L));
        assertThat(report.activeReleases()).isEqualTo(1);
        assertThat(report.erasures()).isEqualTo(new TransparencyReport.Erasures(0, 1, 1));
        assertThat(report.researchersWithAccess()).isEqualTo(2);
    }

    @Test
    void anErasureByTheEraseByDateIsOnTime() throws Exception {
        event("release.issued", "req-a", "2026-01-02T00:00:00Z", "{\"release_id\": \"rel-a\", \"erase_by\": \"2026-01-10\"}");
        event("erasure.certified", "req-a", "2026-01-10T23:59:59Z", "{}");

        assertThat(tally.report().erasures()).isEqualTo(new TransparencyReport.Erasures(1, 0, 0));
        assertThat(tally.report().activeReleases()).isZero();
    }

    @Test
    void percentilesAreNearestRank() {
        assertThat(TransparencyTally.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9L);
        assertThat(TransparencyTally.percentile(List.of(1L, 2L, 3L, 4L), 50)).isEqualTo(2L);
        assertThat(TransparencyTally.percentile(List.of(7L), 90)).isEqualTo(7L);
        assertThat(TransparencyTally.percentile(List.of(), 50)).isNull();
    }

    private void event(String suffix, String subject, String at, String data) throws Exception {
        JsonNode json = JSON.readTree(data);
        tally.accept(suffix, subject, Instant.parse(at), json);
    }
}
