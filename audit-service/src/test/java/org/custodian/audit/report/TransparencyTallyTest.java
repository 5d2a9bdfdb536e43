package org.custodian.audit.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodian.audit.report.ReportEvents.approved;
import static org.custodian.audit.report.ReportEvents.certified;
import static org.custodian.audit.report.ReportEvents.expired;
import static org.custodian.audit.report.ReportEvents.issued;
import static org.custodian.audit.report.ReportEvents.manuscript;
import static org.custodian.audit.report.ReportEvents.overdue;
import static org.custodian.audit.report.ReportEvents.refused;
import static org.custodian.audit.report.ReportEvents.rejected;
import static org.custodian.audit.report.ReportEvents.researcher;
import static org.custodian.audit.report.ReportEvents.reviewed;
import static org.custodian.audit.report.ReportEvents.revoked;
import static org.custodian.audit.report.ReportEvents.shortened;
import static org.custodian.audit.report.ReportEvents.submitted;
import static org.custodian.audit.report.ReportEvents.withdrawn;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.requests.ManuscriptOutcome;
import org.junit.jupiter.api.Test;

/** The report's arithmetic on small, hand-checked histories. */
class TransparencyTallyTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2026-02-01T00:00:00Z");

    private final TransparencyTally tally = new TransparencyTally(FROM, TO);

    @Test
    void countsOnlyWhatHappenedInTheWindowButRemembersWhatCameBefore() {
        event(submitted("req-old", "r-1"), "2025-12-20T00:00:00Z");
        event(issued("req-old", "rel-old", "r-1", "2026-01-10"), "2025-12-31T00:00:00Z");
        event(approved("req-old", "r-1"), "2026-01-02T00:00:00Z");
        event(certified("req-old", "rel-old", "r-1", at("2026-01-12T00:00:00Z")), "2026-01-12T00:00:00Z");
        event(submitted("req-a", "r-2"), "2026-01-05T00:00:00Z");
        event(approved("req-a", "r-2"), "2026-01-05T01:00:00Z");
        event(approved("req-a", "r-2"), "2026-01-05T02:00:00Z");
        event(issued("req-a", "rel-a", "r-2", "2026-06-01"), "2026-01-06T00:00:00Z");
        event(submitted("req-b", "r-3"), "2026-01-07T00:00:00Z");
        event(rejected("req-b", "DSA_NOT_SIGNED", "EMBARGOED", "EMBARGOED"), "2026-01-07T00:00:30Z");
        event(submitted("req-c", "r-3"), "2026-01-08T00:00:00Z");
        event(rejected("req-c", "EMBARGOED"), "2026-01-08T00:10:00Z");
        event(overdue("req-x", "rel-x", "r-9", "2026-01-01", at("2026-01-20T00:00:00Z")), "2026-01-20T00:00:00Z");
        event(submitted("req-late", "r-1"), "2026-02-01T00:00:00Z");

        TransparencyReport report = tally.report();

        assertThat(report.requests()).isEqualTo(3);
        assertThat(report.approvals()).isEqualTo(2);
        assertThat(report.denials()).isEqualTo(2);
        assertThat(report.denialsByReason()).isEqualTo(Map.of("DSA_NOT_SIGNED", 1L, "EMBARGOED", 2L));
        // 13 days 0 h (req-old), 1 h, 30 s, 10 min: sorted 30, 600, 3600, 1123200
        assertThat(report.timeToDecision()).isEqualTo(new TransparencyReport.TimeToDecision(4, 600L, 1123200L));
        assertThat(report.releases()).isEqualTo(new TransparencyReport.Releases(1, 0, 0, 0));
        assertThat(report.activeReleases()).isEqualTo(1);
        assertThat(report.erasures()).isEqualTo(new TransparencyReport.Erasures(0, 1, 1));
        assertThat(report.researchersWithAccess()).isEqualTo(2);
    }

    @Test
    void denialReasonsAreTheDenyReasonsOfFinalDenialsOnly() {
        event(submitted("req-a", "r-1"), "2026-01-02T00:00:00Z");
        event(rejected("req-a", "COMMITTEE_REVIEW_REQUIRED", "RESEARCHER_NOT_VETTED", "TRANSFER_REQUIRES_SAFEGUARDS",
                "CONSENTED_SUBSET_ONLY"), "2026-01-02T00:01:00Z");
        event(submitted("req-b", "r-1"), "2026-01-03T00:00:00Z");
        event(rejected("req-b", "REVIEW_REJECTED"), "2026-01-04T00:00:00Z");
        event(rejected("req-b", "EMBARGOED"), "2026-01-05T00:00:00Z");

        TransparencyReport report = tally.report();

        assertThat(report.denials()).isEqualTo(2);
        assertThat(report.denialsByReason()).isEqualTo(Map.of("RESEARCHER_NOT_VETTED", 1L, "REVIEW_REJECTED", 1L));
    }

    @Test
    void anApprovalWithoutAReleaseIsAnApprovalNotARelease() {
        event(submitted("req-a", "r-1"), "2026-01-02T00:00:00Z");
        event(approved("req-a", "r-1"), "2026-01-03T00:00:00Z");
        event(refused("req-a", "r-1"), "2026-01-03T00:00:01Z");
        event(submitted("req-b", "r-2"), "2026-01-04T00:00:00Z");
        event(approved("req-b", "r-2"), "2026-01-05T00:00:00Z");
        event(issued("req-b", "rel-b", "r-2", "2026-12-31"), "2026-01-05T00:00:01Z");
        event(ReportEvents.refused("req-b", "r-2", "ALREADY_ISSUED"), "2026-01-06T00:00:00Z");
        event(revoked("req-b", "rel-b", at("2026-01-20T00:00:00Z")), "2026-01-20T00:00:00Z");

        TransparencyReport report = tally.report();

        assertThat(report.approvals()).isEqualTo(2);
        assertThat(report.releases()).isEqualTo(new TransparencyReport.Releases(1, 1, 1, 0));
        assertThat(report.activeReleases()).isZero();
        assertThat(report.researchersWithAccess()).isEqualTo(1);
    }

    @Test
    void aResubmissionIsTheSameApplication() {
        event(submitted("req-a", "r-1"), "2026-01-02T00:00:00Z");
        event(submitted("req-a", "r-1"), "2026-01-09T00:00:00Z");
        event(approved("req-a", "r-1"), "2026-01-10T00:00:00Z");

        TransparencyReport report = tally.report();

        assertThat(report.requests()).isEqualTo(1);
        assertThat(report.timeToDecision().medianSeconds()).isEqualTo(8 * 86_400L);
    }

    @Test
    void anErasureByTheEraseByDateIsOnTimeAndTheDateIsTheShortenedOne() {
        event(issued("req-a", "rel-a", "r-1", "2026-01-10"), "2026-01-02T00:00:00Z");
        event(certified("req-a", "rel-a", "r-1", at("2026-01-10T23:59:59Z")), "2026-01-10T23:59:59Z");
        event(issued("req-b", "rel-b", "r-2", "2026-03-01"), "2026-01-02T00:00:00Z");
        event(shortened("req-b", "rel-b", "r-2", "2026-03-01", "2026-01-15"), "2026-01-03T00:00:00Z");
        event(certified("req-b", "rel-b", "r-2", at("2026-01-16T00:00:00Z")), "2026-01-16T00:00:00Z");
        event(issued("req-c", "rel-c", "r-3", "2026-01-20"), "2026-01-02T00:00:00Z");
        event(expired("req-c", "rel-c", at("2026-01-20T00:00:00Z")), "2026-01-20T00:00:00Z");

        TransparencyReport report = tally.report();

        assertThat(report.erasures()).isEqualTo(new TransparencyReport.Erasures(1, 1, 0));
        assertThat(report.releases()).isEqualTo(new TransparencyReport.Releases(3, 0, 0, 1));
        assertThat(report.activeReleases()).isZero();
    }

    @Test
    void theCodeOfPracticeTableCountsPerMonthAndMemberStateWithPendingAtEachMonthsEnd() {
        TransparencyTally twoMonths = new TransparencyTally(FROM, Instant.parse("2026-03-01T00:00:00Z"));
        event(twoMonths, researcher("r-de", "DE"), "2025-06-01T00:00:00Z");
        event(twoMonths, researcher("r-fr", "FR"), "2025-06-01T00:00:00Z");
        event(twoMonths, submitted("req-old", "r-de"), "2025-12-30T00:00:00Z");
        event(twoMonths, approved("req-old", "r-de"), "2026-01-04T00:00:00Z");
        event(twoMonths, submitted("req-a", "r-de"), "2026-01-10T00:00:00Z");
        event(twoMonths, rejected("req-a", "COMMITTEE_REVIEW_REQUIRED", "DSA_NOT_SIGNED"), "2026-01-12T12:00:00Z");
        event(twoMonths, submitted("req-b", "r-de"), "2026-01-20T00:00:00Z");
        event(twoMonths, approved("req-b", "r-de"), "2026-02-03T00:00:00Z");
        event(twoMonths, submitted("req-c", "r-fr"), "2026-01-25T00:00:00Z");
        event(twoMonths, withdrawn("req-c"), "2026-02-10T00:00:00Z");
        event(twoMonths, submitted("req-d", "r-unknown"), "2026-02-11T00:00:00Z");

        List<TransparencyReport.CodeOfPracticeRow> rows = twoMonths.report().codeOfPractice();

        assertThat(rows).containsExactly(
                new TransparencyReport.CodeOfPracticeRow("2026-01", "DE", 2, 1, 1, Map.of("DSA_NOT_SIGNED", 1L), 1, 2.5),
                new TransparencyReport.CodeOfPracticeRow("2026-01", "FR", 1, 0, 0, Map.of(), 1, null),
                new TransparencyReport.CodeOfPracticeRow("2026-02", "DE", 0, 1, 0, Map.of(), 0, 14.0),
                new TransparencyReport.CodeOfPracticeRow("2026-02", "unknown", 1, 0, 0, Map.of(), 1, null));
    }

    @Test
    void theProgrammeTableCountsRequestsApprovalsAndManuscriptsClearedForPublication() {
        event(submitted("req-a", "r-1"), "2026-01-02T00:00:00Z");
        event(approved("req-a", "r-1"), "2026-01-03T00:00:00Z");
        event(manuscript("ms-1", "rel-a", "req-a", "r-1", "approval"), "2026-01-10T00:00:00Z");
        event(reviewed("ms-1", "rel-a", "r-1", ManuscriptOutcome.CHANGES_REQUIRED), "2026-01-11T00:00:00Z");
        event(manuscript("ms-2", "rel-a", "req-a", "r-1", "approval"), "2026-01-12T00:00:00Z");
        event(reviewed("ms-2", "rel-a", "r-1", ManuscriptOutcome.APPROVED), "2026-01-13T00:00:00Z");
        event(manuscript("ms-3", "rel-a", "req-a", "r-1", "notify"), "2026-01-14T00:00:00Z");
        event(reviewed("ms-3", "rel-a", "r-1", ManuscriptOutcome.ACKNOWLEDGED), "2026-01-14T00:00:00Z");
        event(manuscript("ms-4", "rel-a", "req-a", "r-1", "none"), "2026-01-15T00:00:00Z");

        assertThat(tally.report().programme()).containsExactly(new TransparencyReport.ProgrammeRow("2026-01", 1, 1, 3));
    }

    @Test
    void percentilesAreNearestRank() {
        assertThat(TransparencyTally.percentile(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9L);
        assertThat(TransparencyTally.percentile(List.of(1L, 2L, 3L, 4L), 50)).isEqualTo(2L);
        assertThat(TransparencyTally.percentile(List.of(7L), 90)).isEqualTo(7L);
        assertThat(TransparencyTally.percentile(List.of(), 50)).isNull();
    }

    private void event(GovernanceEvent event, String at) {
        event(tally, event, at);
    }

    private static void event(TransparencyTally tally, GovernanceEvent event, String at) {
        tally.accept(event, at(at));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
