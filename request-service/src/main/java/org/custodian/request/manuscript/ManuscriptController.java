package org.custodian.request.manuscript;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.custodian.request.config.Paging;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Researchers submit manuscripts and follow them; reviewers of a manuscript review and read it, and list
 * those awaiting their approval;
 * stewards and compliance read any. To anyone else a manuscript is unknown, as a missing id is.
 */
@RestController
@Validated
@RequestMapping("/api/manuscripts")
class ManuscriptController {

    private final ManuscriptSubmissions submissions;
    private final ManuscriptReviews reviews;
    private final ManuscriptBoard board;
    private final ManuscriptTimeline timeline;
    private final ReleaseBook releases;
    private final ManuscriptBlinding blinding;

    ManuscriptController(ManuscriptSubmissions submissions, ManuscriptReviews reviews, ManuscriptBoard board,
                         ManuscriptTimeline timeline, ReleaseBook releases, ManuscriptBlinding blinding) {
        this.submissions = submissions;
        this.reviews = reviews;
        this.board = board;
        this.timeline = timeline;
        this.releases = releases;
        this.blinding = blinding;
    }

    @PostMapping
    @Operation(summary = "Submit a manuscript written from one of your releases; the same document again is a replay")
    ResponseEntity<ManuscriptDetails> submit(@Valid @RequestBody SubmitManuscriptBody body, Caller caller) {
        ManuscriptSubmissions.Outcome outcome = submissions.submit(body, caller.subject());
        ManuscriptDetails details = byId(outcome.manuscriptId(), caller);
        if (outcome.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(details);
        }
        return ResponseEntity.created(URI.create("/api/manuscripts/" + outcome.manuscriptId())).body(details);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A manuscript's state and timeline (its researcher, its reviewers, stewards, compliance)")
    ManuscriptDetails byId(@PathVariable String id, Caller caller) {
        ManuscriptBoard.Summary summary = visible(id, caller);
        LocalDate moratorium = releases.find(summary.releaseId()).map(ReleaseBook.Release::noPublicationBefore).orElse(null);
        return blinding.shownTo(new ManuscriptDetails(summary, moratorium, timeline.of(id)), caller);
    }

    /**
     * {@code ?release=}: the manuscripts of a release (stewards and compliance: all; researchers: their own);
     * {@code ?queue=review}: the manuscripts awaiting the calling reviewer's approval, paged.
     */
    @GetMapping
    @Operation(summary = "The manuscripts of a release (?release=; stewards and compliance: all; researchers: their own), "
            + "or a reviewer's queue (?queue=review: awaiting your approval, in id order, paginated by limit and cursor)")
    ResponseEntity<List<ManuscriptBoard.Summary>> list(
            @RequestParam(name = "release", required = false) @Size(min = 1, max = 128) String releaseId,
            @RequestParam(required = false) @Pattern(regexp = "review") String queue,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor, Caller caller)
            throws MissingServletRequestParameterException {
        if (queue != null) {
            return queue(Paging.of(limit, cursor), caller);
        }
        if (releaseId == null) {
            throw new MissingServletRequestParameterException("release", "String");
        }
        return ResponseEntity.ok(ofRelease(releaseId, caller));
    }

    private ResponseEntity<List<ManuscriptBoard.Summary>> queue(Paging paging, Caller caller) {
        if (!caller.has(Role.REVIEWER)) {
            throw new RuleViolation(HttpStatus.FORBIDDEN, "NOT_A_REVIEWER", "Only reviewers have a review queue.");
        }
        List<ManuscriptBoard.Summary> page = board.awaitingApprovalBy(caller.subject(), paging).stream()
                .map(manuscript -> blindedRelease(manuscript.releaseId()) ? manuscript.seenBy(caller.subject()) : manuscript)
                .toList();
        return paging.answer(page, ManuscriptBoard.Summary::id);
    }

    // reviewers may list their queue, but a release's manuscripts only as researchers, stewards or compliance
    private List<ManuscriptBoard.Summary> ofRelease(String releaseId, Caller caller) {
        if (!caller.hasAny(Role.STEWARD, Role.COMPLIANCE, Role.RESEARCHER)) {
            throw new RuleViolation(HttpStatus.FORBIDDEN, "FORBIDDEN",
                    "Listing a release's manuscripts takes the researcher, steward or compliance role.");
        }
        boolean all = caller.hasAny(Role.STEWARD, Role.COMPLIANCE);
        boolean blinded = !all && blindedRelease(releaseId);
        return board.ofRelease(releaseId).stream()
                .filter(manuscript -> all || manuscript.researcherId().equals(caller.subject()))
                .map(manuscript -> blinded ? manuscript.withoutReviewers() : manuscript).toList();
    }

    private boolean blindedRelease(String releaseId) {
        return releases.find(releaseId).map(release -> blinding.blinded(release.datasets())).orElse(false);
    }

    @PostMapping("/{id}/reviews")
    @Operation(summary = "Approve a manuscript or require changes (its reviewers, under approval review)")
    ResponseEntity<ReviewResult> review(@PathVariable String id, @Valid @RequestBody ReviewBody body, Caller caller) {
        visible(id, caller);
        ReviewResult result = reviews.review(id, caller.subject(), body.toVerdict(), body.comment());
        if (result.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(result);
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(result);
    }

    @PostMapping("/{id}/steward-decision")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Steward only: approve a manuscript or require changes when it needs approval and its datasets "
            + "have no reviewer; recorded as manuscript.steward-decided with the steward as actor")
    ReviewResult decideAsSteward(@PathVariable String id, @Valid @RequestBody ReviewBody body, Caller caller) {
        visible(id, caller);
        return reviews.decideAsSteward(id, caller.subject(), body.toVerdict(), body.comment());
    }

    private ManuscriptBoard.Summary visible(String id, Caller caller) {
        return board.find(id).filter(found -> mayRead(caller, found))
                .orElseThrow(() -> new ManuscriptReviewRefused(ManuscriptRefusal.UNKNOWN_MANUSCRIPT,
                        "There is no manuscript " + (id.length() > 64 ? id.substring(0, 64) + "…" : id) + "."));
    }

    private static boolean mayRead(Caller caller, ManuscriptBoard.Summary manuscript) {
        return caller.subject().equals(manuscript.researcherId())
                || caller.hasAny(Role.STEWARD, Role.COMPLIANCE)
                || caller.hasAny(Role.REVIEWER) && manuscript.reviewers().contains(caller.subject());
    }

    /** A manuscript with its moratorium (if any) and its full timeline. */
    record ManuscriptDetails(String id, String releaseId, String researcherId, String title, String review,
                             LocalDate reviewDueBy, LocalDate noPublicationBefore, List<String> reviewers, String state,
                             List<ManuscriptTimeline.Entry> timeline) {

        ManuscriptDetails(ManuscriptBoard.Summary summary, LocalDate noPublicationBefore, List<ManuscriptTimeline.Entry> timeline) {
            this(summary.id(), summary.releaseId(), summary.researcherId(), summary.title(), summary.review(),
                    summary.reviewDueBy(), noPublicationBefore, summary.reviewers(), summary.state(), timeline);
        }

        /** The same manuscript with who wrote it, who reviews it and its timeline as one reader may see them. */
        ManuscriptDetails shown(String author, List<String> shownReviewers, List<ManuscriptTimeline.Entry> shownTimeline) {
            return new ManuscriptDetails(id, releaseId, author, title, review, reviewDueBy, noPublicationBefore,
                    shownReviewers, state, shownTimeline);
        }
    }
}
