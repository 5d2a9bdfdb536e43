package org.custodian.console.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transparency report's tables as the page shows them: each with its figures as rows, the name of its
 * CSV at audit-service, and a bar chart of its main figure.
 */
final class ReportTables {

    static final List<String> NAMES = List.of("summary", "denials-by-reason", "code-of-practice", "programme");

    /** One table: {@code name} is its CSV's name, {@code headers} and {@code rows} its cells as text. */
    record Table(String name, String heading, List<String> headers, List<List<String>> rows, BarChart chart) {
    }

    private ReportTables() {
    }

    static List<Table> of(JsonNode report) {
        return List.of(summary(report), denials(report), codeOfPractice(report), programme(report));
    }

    private static Table summary(JsonNode r) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("Requests received", r.path("requests").asLong());
        counts.put("Approved", r.path("approvals").asLong());
        counts.put("Denied", r.path("denials").asLong());
        counts.put("Withdrawn", r.path("withdrawals").asLong());
        counts.put("Releases issued", r.path("releases").path("issued").asLong());
        counts.put("Releases refused", r.path("releases").path("refused").asLong());
        counts.put("Releases revoked", r.path("releases").path("revoked").asLong());
        counts.put("Releases expired", r.path("releases").path("expired").asLong());
        counts.put("Active releases", r.path("active_releases").asLong());
        counts.put("Erasures on time", r.path("erasures").path("on_time").asLong());
        counts.put("Erasures late", r.path("erasures").path("late").asLong());
        counts.put("Erasures overdue", r.path("erasures").path("overdue").asLong());
        counts.put("Researchers with access", r.path("researchers_with_access").asLong());
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((figure, count) -> rows.add(List.of(figure, Long.toString(count))));
        JsonNode time = r.path("time_to_decision");
        rows.add(List.of("Decisions timed", time.path("decided").asText("0")));
        rows.add(List.of("Median days to decision", days(time.path("median_seconds"))));
        rows.add(List.of("90th percentile days to decision", days(time.path("p90_seconds"))));
        rows.add(List.of("Unreadable events", r.path("unreadable_events").asText("0")));
        return new Table("summary", "Summary", List.of("Figure", "Value"), rows, BarChart.of("Summary: counts of the period", counts));
    }

    private static Table denials(JsonNode r) {
        Map<String, Long> counts = new LinkedHashMap<>();
        r.path("denials_by_reason").properties().forEach(reason -> counts.put(reason.getKey(), reason.getValue().asLong()));
        List<List<String>> rows = new ArrayList<>();
        counts.forEach((reason, count) -> rows.add(List.of(reason, Long.toString(count))));
        return new Table("denials-by-reason", "Denials by reason", List.of("Reason", "Denials"), rows,
                BarChart.of("Denials by reason", counts));
    }

    private static Table codeOfPractice(JsonNode r) {
        Map<String, Long> received = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : r.path("code_of_practice")) {
            String month = row.path("month").asText();
            String state = row.path("member_state").asText();
            received.put(month + " " + state, row.path("received").asLong());
            List<String> reasons = new ArrayList<>();
            row.path("rejected_by_reason").properties().forEach(reason -> reasons.add(reason.getKey() + " " + reason.getValue().asText()));
            rows.add(List.of(month, state, row.path("received").asText(), row.path("approved").asText(), row.path("rejected").asText(),
                    String.join("; ", reasons), row.path("pending").asText(), row.path("median_days_to_decision").asText("")));
        }
        return new Table("code-of-practice", "Code of Practice (Commitment 26), by month and member state",
                List.of("Month", "Member state", "Received", "Approved", "Rejected", "Rejected by reason", "Pending",
                        "Median days to decision"), rows, BarChart.of("Applications received, by month and member state", received));
    }

    private static Table programme(JsonNode r) {
        Map<String, Long> requests = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : r.path("programme")) {
            requests.put(row.path("month").asText(), row.path("requests").asLong());
            rows.add(List.of(row.path("month").asText(), row.path("requests").asText(), row.path("approvals").asText(),
                    row.path("publications").asText()));
        }
        return new Table("programme", "Programme, by month", List.of("Month", "Requests", "Approvals", "Publications"), rows,
                BarChart.of("Requests received, by month", requests));
    }

    /** Seconds as days to 0.1, or "none" when nothing was decided. */
    private static String days(JsonNode seconds) {
        return seconds.isNumber() ? String.format(java.util.Locale.ROOT, "%.1f", seconds.asDouble() / 86_400) : "none";
    }
}
