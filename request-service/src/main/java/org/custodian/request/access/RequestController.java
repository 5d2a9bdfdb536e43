package org.custodian.request.access;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.request.config.Paging;
import org.custodian.support.events.ActingCommands;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Researchers submit requests, list and follow them, withdraw them and resubmit them amended; reviewers
 * list the requests awaiting their vote. Who may read one is
 * {@link RequestAccess}'s answer; to anyone else it is unknown, exactly as a missing id is.
 */
@RestController
@Validated
@RequestMapping("/api/requests")
class RequestController {

    static final String NOT_REQUESTER = "NOT_REQUESTER";

    private final Submissions submissions;
    private final RequestAccess access;
    private final RequestViews views;
    private final CommandGateway commands;
    private final RequestLists lists;

    RequestController(Submissions submissions, RequestAccess access, RequestViews views, CommandGateway commands,
                      RequestLists lists) {
        this.lists = lists;
        this.submissions = submissions;
        this.access = access;
        this.views = views;
        this.commands = commands;
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

    /**
     * {@code ?mine}: the caller's own requests; {@code ?queue=review}: the requests awaiting the calling
     * reviewer's vote; neither: every request for stewards and compliance, one's own for anyone else.
     */
    @Operation(summary = "List requests: ?mine (your own), ?queue=review (awaiting your vote), or all (stewards, compliance); "
            + "in id order, paginated by limit and cursor (Link: rel=next)")
    @GetMapping
    ResponseEntity<List<RequestLists.Item>> list(@RequestParam(required = false) String mine,
            @RequestParam(required = false) @Pattern(regexp = "review") String queue,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String cursor, Caller caller) {
        Paging paging = Paging.of(limit, cursor);
        if (queue != null) {
            if (!caller.has(Role.REVIEWER)) {
                throw new RuleViolation(HttpStatus.FORBIDDEN, "NOT_A_REVIEWER", "Only reviewers have a review queue.");
            }
            return paging.answer(lists.awaitingVoteOf(caller.subject(), paging), RequestLists.Item::id);
        }
        boolean all = mine == null && caller.hasAny(Role.STEWARD, Role.COMPLIANCE);
        return paging.answer(all ? lists.all(paging) : lists.of(caller.subject(), paging), RequestLists.Item::id);
    }

    @GetMapping("/{id}")
    RequestDetails byId(@PathVariable String id, Caller caller) {
        return views.of(access.seen(id, caller).orElseThrow(() -> unknown(id)), caller.subject());
    }

    /** The requester withdraws the request while it is submitted, under review or sent back for changes. */
    @Operation(summary = "Withdraw your own request while it is submitted, under review or sent back for changes")
    @PostMapping("/{id}/withdraw")
    RequestDetails withdraw(@PathVariable String id, @Valid @RequestBody(required = false) WithdrawBody body,
                            Caller caller) {
        requireOwn(id, caller);
        commands.sendAndWait(ActingCommands.by(caller.subject(),
                new LifecycleCommands.WithdrawRequest(id, caller.subject(), body == null ? null : body.reason())));
        return byId(id, caller);
    }

    /** The requester resubmits the request, amended, as its next version after changes were requested. */
    @Operation(summary = "Resubmit your own request, amended, as its next version after changes were requested")
    @PostMapping("/{id}/resubmit")
    ResponseEntity<RequestDetails> resubmit(@PathVariable String id, @Valid @RequestBody SubmitRequestBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) @Size(min = 1, max = 255) String key,
            Caller caller) {
        requireOwn(id, caller);
        Submissions.Outcome outcome = submissions.resubmit(id, body, caller.subject(), key);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (outcome.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.body(byId(id, caller));
    }

    /** A request the caller may not see is unknown, so ids leak nothing; one they may see but did not ask is 403. */
    private void requireOwn(String id, Caller caller) {
        if (!access.seen(id, caller).orElseThrow(() -> unknown(id)).requester()) {
            throw new RuleViolation(HttpStatus.FORBIDDEN, NOT_REQUESTER,
                    "Only the researcher who submitted this request (its requester) may withdraw or resubmit it.");
        }
    }

    private static RuleViolation unknown(String id) {
        String shown = id.length() > 64 ? id.substring(0, 64) + "…" : id;
        return new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_REQUEST", "There is no request " + shown + ".");
    }

    /** Why the researcher withdraws, optionally. */
    record WithdrawBody(@Size(max = 2000) String reason) {
    }
}
