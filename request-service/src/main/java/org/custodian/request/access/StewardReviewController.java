package org.custodian.request.access;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.request.access.StewardCommands.AssignReviewers;
import org.custodian.request.access.StewardCommands.DecideAsSteward;
import org.custodian.request.review.Panel;
import org.custodian.request.review.ReviewPanels;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stewards own a review that cannot go on without them (invariant 11): they choose its reviewers from
 * the committee pool, or decide a stalled review themselves, recorded as theirs.
 */
@RestController
@RequestMapping("/api/requests/{id}/review")
class StewardReviewController {

    private final CommandGateway commands;
    private final RequestBoard board;
    private final ReviewPanels panels;
    private final RequestAccess access;
    private final RequestViews views;

    StewardReviewController(CommandGateway commands, RequestBoard board, ReviewPanels panels, RequestAccess access,
                            RequestViews views) {
        this.commands = commands;
        this.board = board;
        this.panels = panels;
        this.access = access;
        this.views = views;
    }

    @Operation(summary = "Steward only: put an open review before reviewers chosen from the committee pool; "
            + "votes of reviewers who stay on the panel stand")
    @PutMapping("/panel")
    RequestDetails assign(@PathVariable String id, @Valid @RequestBody PanelBody body, Caller caller) {
        RequestBoard.RequestSummary request = known(id);
        List<String> chosen = body.distinctReviewers();
        refuseUnless(chosen.stream().filter(reviewer -> !panels.pool().contains(reviewer)).toList(),
                "NOT_IN_COMMITTEE_POOL", "not on any dataset's committee");
        refuseUnless(panels.ineligible(request.researcherId(), chosen), "REVIEWER_NOT_ELIGIBLE",
                "the requester or of the requester's institution");
        Panel committees = panels.compose(request.researcherId(), request.datasets());
        int approvals = body.approvalsRequired() == null ? committees.approvalsRequired() : body.approvalsRequired();
        if (approvals > chosen.size()) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "QUORUM_EXCEEDS_PANEL", "approvals_required ("
                    + approvals + ") is more than the " + chosen.size() + " reviewers named.");
        }
        commands.sendAndWait(ActingCommands.by(caller.subject(),
                new AssignReviewers(id, committees.withReviewers(chosen, approvals))));
        return details(id, caller);
    }

    @Operation(summary = "Steward only: decide a stalled review (too few eligible reviewers, or its vote deadline "
            + "passed) in place of its panel; recorded as review.steward-decided with the steward as actor")
    @PostMapping("/steward-decision")
    RequestDetails decide(@PathVariable String id, @Valid @RequestBody StewardDecisionBody body, Caller caller) {
        known(id);
        commands.sendAndWait(ActingCommands.by(caller.subject(),
                new DecideAsSteward(id, caller.subject(), body.toVote(), body.reason())));
        return details(id, caller);
    }

    private RequestBoard.RequestSummary known(String id) {
        return board.find(id).orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_REQUEST",
                "There is no request " + id + "."));
    }

    private RequestDetails details(String id, Caller caller) {
        return views.of(access.seen(id, caller).orElseThrow(), caller.subject());
    }

    private static void refuseUnless(List<String> wrong, String code, String what) {
        if (!wrong.isEmpty()) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, code,
                    String.join(", ", wrong) + (wrong.size() == 1 ? " is " : " are ") + what + ".");
        }
    }
}
