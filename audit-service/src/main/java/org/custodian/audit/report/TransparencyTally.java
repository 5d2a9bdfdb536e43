package org.custodian.audit.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Folds the governance events up to {@code to}, in log order, into a {@link TransparencyReport}.
 * Events before {@code from} still count for state (a release issued last year may be active now);
 * only what happened inside the window is counted. Memory grows with requests and releases, not entries.
 */
final class TransparencyTally {

    private final Instant from;
    private final Instant to;
    private final Map<String, Instant> submittedAt = new HashMap<>();
    private final Set<String> decided = new HashSet<>();
    private final List<Long> secondsToDecision = new ArrayList<>();
    private final Map<String, Long> reasons = new TreeMap<>();
    private final Map<String, Release> releases = new HashMap<>();
    private final Map<String, String> latestReleaseOfRequest = new HashMap<>();
    private long requests;
    private long approvals;
    private long denials;
    private long onTime;
    private long late;
    private long overdue;

    TransparencyTally(Instant from, Instant to) {
        this.from = from;
        this.to = to;
    }

    void accept(String suffix, String subject, Instant at, JsonNode data) {
        boolean inWindow = !at.isBefore(from) && at.isBefore(to);
        switch (suffix) {
            case "request.submitted" -> {
                submittedAt.putIfAbsent(subject, at);
                requests += inWindow ? 1 : 0;
            }
            case "request.approved" -> decision(subject, at, inWindow, () -> approvals++);
            case "request.rejected" -> decision(subject, at, inWindow, () -> {
                denials++;
                Set<String> codes = new HashSet<>();
                data.path("reasons").forEach(reason -> codes.add(reason.path("code").asText("UNSPECIFIED")));
                codes.forEach(code -> reasons.merge(code, 1L, Long::sum));
            });
            case "release.issued" -> issued(subject, at, data);
            case "release.revoked", "release.expired" -> release(subject, data).ifPresent(r -> r.end(at));
            case "erasure.certified" -> release(subject, data).ifPresent(r -> erased(r, at, inWindow));
            case "erasure.overdue" -> overdue += inWindow ? 1 : 0;
            default -> {
                // other events do not enter the report
            }
        }
    }

    TransparencyReport report() {
        long active = releases.values().stream().filter(r -> r.issuedAt.isBefore(to) && (r.endedAt == null || !r.endedAt.isBefore(to))).count();
        long researchers = releases.values().stream()
                .filter(r -> r.issuedAt.isBefore(to) && (r.endedAt == null || r.endedAt.isAfter(from)))
                .map(r -> r.researcherId).filter(id -> id != null).distinct().count();
        List<Long> sorted = secondsToDecision.stream().sorted().toList();
        return new TransparencyReport(from, to, requests, approvals, denials, reasons,
                new TransparencyReport.TimeToDecision(sorted.size(), percentile(sorted, 50), percentile(sorted, 90)),
                active, new TransparencyReport.Erasures(onTime, late, overdue), researchers);
    }

    /** Nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private void decision(String request, Instant at, boolean inWindow, Runnable count) {
        if (!decided.add(request) || !inWindow) {
            return;
        }
        count.run();
        Instant submitted = submittedAt.get(request);
        if (submitted != null) {
            secondsToDecision.add(Math.max(0, at.getEpochSecond() - submitted.getEpochSecond()));
        }
    }

    private void issued(String request, Instant at, JsonNode data) {
        String id = data.path("release_id").asText(request);
        JsonNode eraseBy = data.path("erase_by").isMissingNode() ? data.path("obligations").path("erase_by") : data.path("erase_by");
        releases.put(id, new Release(data.path("researcher_id").asText(null), at,
                eraseBy.isTextual() ? LocalDate.parse(eraseBy.asText()) : null));
        latestReleaseOfRequest.put(request, id);
    }

    private Optional<Release> release(String request, JsonNode data) {
        String id = data.hasNonNull("release_id") ? data.get("release_id").asText() : latestReleaseOfRequest.get(request);
        return Optional.ofNullable(id == null ? null : releases.get(id));
    }

    private void erased(Release release, Instant at, boolean inWindow) {
        release.end(at);
        if (inWindow) {
            boolean byDeadline = release.eraseBy == null
                    || at.isBefore(release.eraseBy.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            if (byDeadline) {
                onTime++;
            } else {
                late++;
            }
        }
    }

    /** A release as far as the report needs it. */
    private static final class Release {
        private final String researcherId;
        private final Instant issuedAt;
        private final LocalDate eraseBy;
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
