package org.custodian.audit.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.decisions.ReasonCodes;

/**
 * Access requests as the report sees them: when each was first submitted, by a researcher of which member
 * state, and how and when it ended (the first approval, rejection or withdrawal; none ends it twice).
 */
final class Applications {

    static final String UNKNOWN_STATE = "unknown";

    private final Instant from;
    private final Instant to;
    private final Map<String, Application> byId = new LinkedHashMap<>();

    Applications(Instant from, Instant to) {
        this.from = from;
        this.to = to;
    }

    void submitted(String requestId, String memberState, Instant at) {
        byId.putIfAbsent(requestId, new Application(memberState == null ? UNKNOWN_STATE : memberState, at));
    }

    void approved(String requestId, Instant at) {
        end(requestId, Ending.APPROVED, at, Set.of());
    }

    /** Only the reasons to deny explain a rejection: a denied request also lists the review reasons found. */
    void rejected(String requestId, List<Reason> reasons, Instant at) {
        Set<String> codes = new TreeSet<>();
        reasons.stream().map(Reason::code).filter(code -> code != null && ReasonCodes.denies(code)).forEach(codes::add);
        end(requestId, Ending.REJECTED, at, codes.isEmpty() ? Set.of("UNSPECIFIED") : codes);
    }

    void withdrawn(String requestId, Instant at) {
        end(requestId, Ending.WITHDRAWN, at, Set.of());
    }

    long received() {
        return byId.values().stream().filter(a -> inWindow(a.submittedAt)).count();
    }

    long ended(Ending ending) {
        return byId.values().stream().filter(a -> a.ending == ending && inWindow(a.endedAt)).count();
    }

    Map<String, Long> denialsByReason() {
        return reasons(byId.values().stream().filter(a -> a.ending == Ending.REJECTED && inWindow(a.endedAt)).toList());
    }

    /** Seconds to decision of the requests approved or rejected in the window, sorted. */
    List<Long> secondsToDecision() {
        return secondsToDecision(byId.values().stream().filter(a -> a.decided() && inWindow(a.endedAt)).toList());
    }

    /** Requests received and approved per month of the window. */
    Map<YearMonth, long[]> receivedAndApprovedByMonth() {
        Map<YearMonth, long[]> months = new TreeMap<>();
        for (Application a : byId.values()) {
            if (inWindow(a.submittedAt)) {
                months.computeIfAbsent(month(a.submittedAt), m -> new long[2])[0]++;
            }
            if (a.ending == Ending.APPROVED && inWindow(a.endedAt)) {
                months.computeIfAbsent(month(a.endedAt), m -> new long[2])[1]++;
            }
        }
        return months;
    }

    /** The Code of Practice table: per month of the window and member state, the rows that count anything. */
    List<TransparencyReport.CodeOfPracticeRow> codeOfPractice() {
        Map<String, List<Application>> byState = new TreeMap<>();
        byId.values().forEach(a -> byState.computeIfAbsent(a.memberState, state -> new ArrayList<>()).add(a));
        List<TransparencyReport.CodeOfPracticeRow> rows = new ArrayList<>();
        YearMonth last = month(to.minusNanos(1));
        for (YearMonth month = firstMonth(); month != null && !month.isAfter(last); month = month.plusMonths(1)) {
            for (Map.Entry<String, List<Application>> state : byState.entrySet()) {
                TransparencyReport.CodeOfPracticeRow row = row(month, state.getKey(), state.getValue());
                if (row.received() + row.approved() + row.rejected() + row.pending() > 0) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private TransparencyReport.CodeOfPracticeRow row(YearMonth month, String state, List<Application> ofState) {
        Instant start = max(month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(), from);
        Instant end = min(month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant(), to);
        List<Application> decided = ofState.stream().filter(a -> a.decided() && between(a.endedAt, start, end)).toList();
        List<Application> rejected = decided.stream().filter(a -> a.ending == Ending.REJECTED).toList();
        long received = ofState.stream().filter(a -> between(a.submittedAt, start, end)).count();
        long pending = ofState.stream().filter(a -> a.pendingAt(end)).count();
        List<Long> seconds = secondsToDecision(decided);
        Double medianDays = seconds.isEmpty() ? null : Math.round(TransparencyTally.percentile(seconds, 50) / 8640.0) / 10.0;
        return new TransparencyReport.CodeOfPracticeRow(month.toString(), state, received, decided.size() - rejected.size(),
                rejected.size(), reasons(rejected), pending, medianDays);
    }

    /** The month of the window's first event about a request, or null when there is none. */
    private YearMonth firstMonth() {
        return byId.values().stream().flatMap(a -> Stream.of(a.submittedAt, a.endedAt))
                .filter(at -> at != null && at.isBefore(to)).min(Instant::compareTo)
                .map(first -> month(max(first, from))).orElse(null);
    }

    private void end(String requestId, Ending ending, Instant at, Set<String> reasons) {
        // A request whose submission the log does not hold (stored before the log began) still ends.
        Application application = byId.computeIfAbsent(requestId, id -> new Application(UNKNOWN_STATE, null));
        if (application.ending == null) {
            application.ending = ending;
            application.endedAt = at;
            application.reasons = reasons;
        }
    }

    private static Map<String, Long> reasons(List<Application> rejected) {
        Map<String, Long> reasons = new TreeMap<>();
        rejected.forEach(a -> a.reasons.forEach(code -> reasons.merge(code, 1L, Long::sum)));
        return reasons;
    }

    private static List<Long> secondsToDecision(List<Application> decided) {
        return decided.stream().filter(a -> a.submittedAt != null).map(a -> Math.max(0, a.endedAt.getEpochSecond() - a.submittedAt.getEpochSecond())).sorted().toList();
    }

    private boolean inWindow(Instant at) {
        return between(at, from, to);
    }

    private static boolean between(Instant at, Instant start, Instant end) {
        return at != null && !at.isBefore(start) && at.isBefore(end);
    }

    static YearMonth month(Instant at) {
        return YearMonth.from(at.atZone(ZoneOffset.UTC));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** How a request ended. */
    enum Ending { APPROVED, REJECTED, WITHDRAWN }

    /** One request: submitted when, by a researcher of which member state, and its ending. */
    private static final class Application {
        private final String memberState;
        private final Instant submittedAt;
        private Ending ending;
        private Instant endedAt;
        private Set<String> reasons = Set.of();

        Application(String memberState, Instant submittedAt) {
            this.memberState = memberState;
            this.submittedAt = submittedAt;
        }

        boolean decided() {
            return ending == Ending.APPROVED || ending == Ending.REJECTED;
        }

        /** Submitted before {@code at} and not yet ended then. */
        boolean pendingAt(Instant at) {
            return submittedAt != null && submittedAt.isBefore(at) && (endedAt == null || !endedAt.isBefore(at));
        }
    }
}
