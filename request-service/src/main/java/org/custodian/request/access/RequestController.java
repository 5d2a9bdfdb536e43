package org.custodian.request.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Researchers submit requests and follow them; stewards, reviewers and compliance may read any,
 * reviewers without the requester when the review is blinded.
 */
@RestController
@Validated
@RequestMapping("/api/requests")
class RequestController {

    private final Submissions submissions;
    private final RequestBoard board;
    private final RequestViews views;

    RequestController(Submissions submissions, RequestBoard board, RequestViews views) {
        this.submissions = submissions;
        this.board = board;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<RequestDetails> submit(@Valid @RequestBody SubmitRequestBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 255) String key,
            Caller caller) {
        Submissions.Outcome outcome = submissions.submit(body, caller.subject(), key);
        RequestDetails details = byId(outcome.requestId(), caller);
        if (outcome.replayed()) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(details);
        }
        return ResponseEntity.created(URI.create("/api/requests/" + outcome.requestId())).body(details);
    }

    @GetMapping("/{id}")
    RequestDetails byId(@PathVariable String id, Caller caller) {
        RequestBoard.RequestSummary summary = board.find(id)
                .filter(found -> mayRead(caller, found))
                .orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_REQUEST", "There is no request " + id + "."));
        return views.of(summary, caller);
    }

    private static boolean mayRead(Caller caller, RequestBoard.RequestSummary request) {
        return caller.subject().equals(request.researcherId())
                || caller.hasAny(Role.STEWARD, Role.REVIEWER, Role.COMPLIANCE);
    }
}
