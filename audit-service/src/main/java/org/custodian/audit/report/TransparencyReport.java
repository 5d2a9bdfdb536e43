package org.custodian.audit.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What happened in [from, to), each figure counted from its own event: requests received (a request's first
 * submission), approved, rejected (with the deny reasons of each rejection) and withdrawn; time from
 * submission to approval or rejection; releases issued, refused, revoked and expired, and those active at
 * {@code to}; erasures certified on time or late and escalated as overdue; how many researchers held data;
 * and the logged events of these types that could not be read as their contract record.
 * {@code codeOfPractice} and {@code programme} are the monthly tables of docs/transparency.md.
 */
record TransparencyReport(Instant from, Instant to, long requests, long approvals, long denials, long withdrawals,
                          Map<String, Long> denialsByReason, TimeToDecision timeToDecision, Releases releases,
                          long activeReleases, Erasures erasures, long researchersWithAccess, long unreadableEvents,
                          List<CodeOfPracticeRow> codeOfPractice, List<ProgrammeRow> programme) {

    /** Seconds from submission to the first approval or rejection, over the requests decided in the window. */
    record TimeToDecision(long decided, Long medianSeconds, Long p90Seconds) {
    }

    /** Releases issued, approvals release-service refused to release, releases revoked and releases expired. */
    record Releases(long issued, long refused, long revoked, long expired) {
    }

    /** Certified by the erase-by date, certified after it, and escalated as overdue. */
    record Erasures(long onTime, long late, long overdue) {
    }

    /**
     * EU Code of Practice, Commitment 26: one calendar month (UTC) and one member state of the researcher's
     * institution (its ISO 3166-1 code as registered when the request was submitted; {@code unknown} when the
     * log has no record of the researcher). Received, approved and rejected count what happened in the month;
     * pending counts the requests submitted and not yet approved, rejected or withdrawn at its end.
     */
    record CodeOfPracticeRow(String month, String memberState, long received, long approved, long rejected,
                             Map<String, Long> rejectedByReason, long pending, Double medianDaysToDecision) {
    }

    /** A YODA-style programme's month: requests received, approved, and manuscripts cleared for publication. */
    record ProgrammeRow(String month, long requests, long approvals, long publications) {
    }
}
