package org.custodian.request.manuscript;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import org.custodian.contracts.catalog.ReviewWindowChanged;
import org.custodian.request.config.GovernanceChanges;
import org.custodian.request.dataset.DatasetCatalog;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stewards set a dataset's approval window for manuscripts; any role may read it. */
@RestController
@RequestMapping("/api/datasets/{id}/publication-review")
class ReviewWindowController {

    private final DatasetCatalog catalog;
    private final ReviewWindows windows;
    private final Clock clock;
    private final GovernanceChanges changes;

    ReviewWindowController(DatasetCatalog catalog, ReviewWindows windows, Clock clock, GovernanceChanges changes) {
        this.catalog = catalog;
        this.windows = windows;
        this.clock = clock;
        this.changes = changes;
    }

    @PutMapping
    @Transactional
    @Operation(summary = "Set how many days reviewers have to approve a manuscript before it is deemed approved")
    ReviewWindow set(@PathVariable String id, @Valid @RequestBody ReviewWindowBody body, Caller caller) {
        requireKnown(id);
        windows.set(id, body.windowDays(), caller.subject(), clock.instant());
        changes.record(new ReviewWindowChanged(id, body.windowDays()), caller.subject());
        return read(id);
    }

    @GetMapping
    @Operation(summary = "A dataset's publication review and approval window")
    ReviewWindow read(@PathVariable String id) {
        String review = requireKnown(id);
        return new ReviewWindow(id, review, windows.days(id), windows.setFor(id).isEmpty());
    }

    private String requireKnown(String id) {
        return catalog.find(id).map(dataset -> PublicationReview.of(dataset.terms().publicationReview()).wireName())
                .orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_DATASET",
                        "There is no dataset " + id + " in the catalog."));
    }

    /** The dataset's publication review, its window in days, and whether that is the configured default. */
    record ReviewWindow(String datasetId, String publicationReview, int windowDays, boolean defaultWindow) {
    }
}
