package org.custodian.audit.history;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.custodian.audit.log.LogEntry;
import org.custodian.audit.query.QueryParameters;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/requests/{id}/timeline} and {@code GET /api/audit/researchers/{id}/history}. */
@RestController
class HistoryController {

    private final SubjectEntries entries;

    HistoryController(SubjectEntries entries) {
        this.entries = entries;
    }

    @GetMapping("/api/audit/requests/{id}/timeline")
    @Transactional(readOnly = true)
    Timeline timeline(@PathVariable String id) {
        List<LogEntry> found = entries.about(QueryParameters.id("id", id));
        if (found.isEmpty()) {
            throw new RuleViolation(HttpStatus.NOT_FOUND, "REQUEST_NOT_FOUND", "The log has no entry about request " + id + ".");
        }
        return new Timeline(id, found.stream().map(TimelineEvent::of).toList());
    }

    @GetMapping("/api/audit/researchers/{id}/history")
    @Transactional(readOnly = true)
    ObjectNode history(@PathVariable String id) {
        List<LogEntry> found = entries.aboutResearcher(QueryParameters.id("id", id));
        if (found.isEmpty()) {
            throw new RuleViolation(HttpStatus.NOT_FOUND, "RESEARCHER_NOT_FOUND", "The log has no entry about researcher " + id + ".");
        }
        ResearcherHistory history = new ResearcherHistory(id);
        found.forEach(history::accept);
        return history.json();
    }

    /** Every entry about one request, in the order the log holds them. */
    record Timeline(String requestId, List<TimelineEvent> events) {
    }
}
