package org.custodian.audit.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.custodian.audit.query.QueryParameters;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reports/transparency?from&to}: by default, everything logged until now; and each of its
 * tables as CSV at {@code GET /api/reports/transparency/{table}.csv?from&to}.
 */
@RestController
class ReportController {

    static final String TABLE_NOT_FOUND = "REPORT_TABLE_NOT_FOUND";
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final TransparencyReports reports;
    private final Clock clock;

    ReportController(TransparencyReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/reports/transparency")
    TransparencyReport transparency(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        Instant start = QueryParameters.instant("from", from);
        Instant end = QueryParameters.instant("to", to);
        QueryParameters.window(start, end);
        return reports.between(start == null ? Instant.EPOCH : start, end == null ? clock.instant() : end);
    }

    @GetMapping("/api/reports/transparency/{table}.csv")
    ResponseEntity<String> table(@PathVariable String table, @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to) {
        ReportTable chosen = ReportTable.named(QueryParameters.id("table", table)).orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, TABLE_NOT_FOUND,
                "The transparency report has no table " + table + "; its tables are " + ReportTable.names() + "."));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(chosen.fileName()).build().toString())
                .body(chosen.csv(transparency(from, to)));
    }
}
