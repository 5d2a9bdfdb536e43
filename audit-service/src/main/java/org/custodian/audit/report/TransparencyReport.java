package org.custodian.audit.report;

import java.time.Instant;
import java.util.Map;

/**
 * What happened in [from, to): requests submitted, approved and rejected (with each reason code's
 * count), time from submission to approval or rejection, releases active at {@code to}, erasures
 * certified on time or late and escalated as overdue, and how many researchers held data.
 */
record TransparencyReport(Instant from, Instant to, long requests, long approvals, long denials,
                          Map<String, Long> denialsByReason, TimeToDecision timeToDecision, long activeReleases,
                          Erasures erasures, long researchersWithAccess) {

    /** Seconds from submission to the first approval or rejection, over the requests decided in the window. */
    record TimeToDecision(long decided, Long medianSeconds, Long p90Seconds) {
    }

    /** Certified by the erase-by date, certified after it, and escalated as overdue. */
    record Erasures(long onTime, long late, long overdue) {
    }
}
