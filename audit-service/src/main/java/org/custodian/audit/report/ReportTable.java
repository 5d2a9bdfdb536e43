package org.custodian.audit.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custodian.audit.query.CsvLine;

/** Each table of a {@link TransparencyReport} as RFC 4180 CSV: a header line, then one line per row. */
enum ReportTable {
    SUMMARY("summary", ReportTable::summary),
    DENIALS_BY_REASON("denials-by-reason", report -> {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("reason", "denials"));
        report.denialsByReason().forEach((code, count) -> rows.add(List.of(code, count)));
        return rows;
    }),
    CODE_OF_PRACTICE("code-of-practice", report -> {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("month", "member_state", "received", "approved", "rejected", "rejected_by_reason", "pending",
                "median_days_to_decision"));
        report.codeOfPractice().forEach(row -> rows.add(Arrays.asList(row.month(), row.memberState(), row.received(),
                row.approved(), row.rejected(), reasons(row.rejectedByReason()), row.pending(), row.medianDaysToDecision())));
        return rows;
    }),
    PROGRAMME("programme", report -> {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("month", "requests", "approvals", "publications"));
        report.programme().forEach(row -> rows.add(List.of(row.month(), row.requests(), row.approvals(), row.publications())));
        return rows;
    });

    private final String name;
    private final Function<TransparencyReport, List<List<Object>>> rows;

    ReportTable(String name, Function<TransparencyReport, List<List<Object>>> rows) {
        this.name = name;
        this.rows = rows;
    }

    static Optional<ReportTable> named(String name) {
        return Arrays.stream(values()).filter(table -> table.name.equals(name)).findFirst();
    }

    static List<String> names() {
        return Arrays.stream(values()).map(table -> table.name).toList();
    }

    String fileName() {
        return "transparency-" + name + ".csv";
    }

    /** The table's CSV text; a value is neutralised against formula injection, as every field of the log's CSV. */
    String csv(TransparencyReport report) {
        return rows.apply(report).stream()
                .map(row -> row.stream().map(value -> CsvLine.field(Objects.toString(value, ""))).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    private static List<List<Object>> summary(TransparencyReport r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("from", "to", "requests", "approvals", "denials", "withdrawals", "decided", "median_seconds_to_decision",
                "p90_seconds_to_decision", "releases_issued", "releases_refused", "releases_revoked", "releases_expired",
                "active_releases", "erasures_on_time", "erasures_late", "erasures_overdue", "researchers_with_access",
                "unreadable_events"));
        rows.add(Stream.of(r.from(), r.to(), r.requests(), r.approvals(), r.denials(), r.withdrawals(), r.timeToDecision().decided(),
                r.timeToDecision().medianSeconds(), r.timeToDecision().p90Seconds(), r.releases().issued(), r.releases().refused(),
                r.releases().revoked(), r.releases().expired(), r.activeReleases(), r.erasures().onTime(), r.erasures().late(),
                r.erasures().overdue(), r.researchersWithAccess(), r.unreadableEvents()).map(Object.class::cast)
                .collect(Collectors.toCollection(ArrayList::new)));
        return rows;
    }

    /** {@code CODE=count} pairs, semicolon-separated, in code order. */
    private static String reasons(Map<String, Long> reasons) {
        return reasons.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue()).collect(Collectors.joining(";"));
    }
}
