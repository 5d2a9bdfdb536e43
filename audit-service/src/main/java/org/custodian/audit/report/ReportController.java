package org.custodian.audit.report;

import java.time.Clock;
import java.time.Instant;
import org.custodian.audit.query.QueryParameters;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/reports/transparency?from&to}: by default, everything logged until now. */
@RestController
class ReportController {

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
}
