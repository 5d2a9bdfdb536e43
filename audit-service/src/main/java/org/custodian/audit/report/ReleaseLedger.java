package org.custodian.audit.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.custodian.contracts.releases.ReleaseIssued;

/**
 * Releases as the report sees them: who holds data from when until its end (erasure, revocation or expiry),
 * by which erase-by date; and each release event counted once, in the window it happened in.
 */
final class ReleaseLedger {

    /** release-service's code for an approval of a request whose release was already issued. */
    private static final String ALREADY_ISSUED = "ALREADY_ISSUED";

    private final Instant from;
    private final Instant to;
    private final Map<String, Release> releases = new HashMap<>();
    private final Map<String, String> latestOfRequest = new HashMap<>();
    private long issued;
    private long refused;
    private long revoked;
    private long expired;
    private long onTime;
    private long late;
    private long overdue;

    ReleaseLedger(Instant from, Instant to) {
        this.from = from;
        this.to = to;
    }

    void issued(ReleaseIssued event, Instant at) {
        LocalDate eraseBy = event.eraseBy() != null ? event.eraseBy()
                : event.obligations() == null ? null : event.obligations().eraseBy();
        releases.put(event.releaseId(), new Release(event.researcherId(), at, eraseBy));
        latestOfRequest.put(event.requestId(), event.releaseId());
        issued += count(at);
    }

    /** An approval release-service did not release; a repeated approval of a request already released is no such thing. */
    void refused(String code, Instant at) {
        refused += ALREADY_ISSUED.equals(code) ? 0 : count(at);
    }

    void revoked(String releaseId, String requestId, Instant at) {
        release(releaseId, requestId).ifPresent(r -> r.end(at));
        revoked += count(at);
    }

    void expired(String releaseId, String requestId, Instant at) {
        release(releaseId, requestId).ifPresent(r -> r.end(at));
        expired += count(at);
    }

    /** A re-evaluation brought the erase-by date forward: an erasure is on time only by the new date. */
    void eraseByShortened(String releaseId, String requestId, LocalDate eraseBy) {
        release(releaseId, requestId).ifPresent(r -> r.eraseBy = eraseBy);
    }

    void certified(String releaseId, String requestId, Instant at) {
        Optional<Release> release = release(releaseId, requestId);
        release.ifPresent(r -> r.end(at));
        if (count(at) == 1) {
            boolean byDeadline = release.map(r -> r.eraseBy).map(date -> at.isBefore(date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()))
                    .orElse(true);
            if (byDeadline) {
                onTime++;
            } else {
                late++;
            }
        }
    }

    void overdue(Instant at) {
        overdue += count(at);
    }

    TransparencyReport.Releases counts() {
        return new TransparencyReport.Releases(issued, refused, revoked, expired);
    }

    TransparencyReport.Erasures erasures() {
        return new TransparencyReport.Erasures(onTime, late, overdue);
    }

    long activeAtEnd() {
        return releases.values().stream().filter(r -> r.issuedAt.isBefore(to) && (r.endedAt == null || !r.endedAt.isBefore(to))).count();
    }

    long researchersWithAccess() {
        return releases.values().stream()
                .filter(r -> r.issuedAt.isBefore(to) && (r.endedAt == null || r.endedAt.isAfter(from)))
                .map(r -> r.researcherId).filter(id -> id != null).distinct().count();
    }

    private long count(Instant at) {
        return !at.isBefore(from) && at.isBefore(to) ? 1 : 0;
    }

    /** A release event names its release; one without a release id means the request's latest release. */
    private Optional<Release> release(String releaseId, String requestId) {
        String id = releaseId != null ? releaseId : latestOfRequest.get(requestId);
        return Optional.ofNullable(id == null ? null : releases.get(id));
    }

    /** A release as far as the report needs it. */
    private static final class Release {
        private final String researcherId;
        private final Instant issuedAt;
        private LocalDate eraseBy;
        private Instant endedAt;

        Release(String researcherId, Instant issuedAt, LocalDate eraseBy) {
            this.researcherId = researcherId;
            this.issuedAt = issuedAt;
            this.eraseBy = eraseBy;
        }

        void end(Instant at) {
            if (endedAt == null) {
                endedAt = at;
            }
        }
    }
}
