package org.custodian.audit.query;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/entries}: the log, filtered by subject and type, in pages of at most 1000. */
@RestController
class EntryController {

    private final EntryFinder finder;

    EntryController(EntryFinder finder) {
        this.finder = finder;
    }

    // Parameters arrive as text so that a bad one is refused with the service's own problem code.
    @GetMapping("/api/audit/entries")
    EntryPage entries(@RequestParam(required = false) String subject, @RequestParam(required = false) String type,
                      @RequestParam(required = false) String after, @RequestParam(required = false) String limit) {
        return finder.find(EntryQuery.parse(subject, type, after, limit));
    }
}
