package org.custodian.request.dataset;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stewards set who reviews requests for a dataset; stewards, reviewers and compliance may read it. */
@RestController
@RequestMapping("/api/datasets/{id}/committee")
class CommitteeController {

    private final CommandGateway commands;
    private final DatasetCatalog catalog;
    private final DatasetCommittees committees;

    CommitteeController(CommandGateway commands, DatasetCatalog catalog, DatasetCommittees committees) {
        this.commands = commands;
        this.catalog = catalog;
        this.committees = committees;
    }

    @PutMapping
    Committee change(@PathVariable String id, @Valid @RequestBody CommitteeBody body, Caller caller) {
        requireKnown(id);
        Committee committee = body.toCommittee();
        if (committee.approvalsRequired() > committee.reviewers().size()) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "QUORUM_EXCEEDS_COMMITTEE",
                    "approvals_required (" + committee.approvalsRequired() + ") is more than the "
                            + committee.reviewers().size() + " distinct reviewers named.");
        }
        commands.sendAndWait(ActingCommands.by(caller.subject(), new ChangeCommittee(id, committee)));
        return committee;
    }

    @GetMapping
    Committee read(@PathVariable String id) {
        requireKnown(id);
        return committees.of(id).orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "NO_COMMITTEE",
                "Dataset " + id + " has no review committee."));
    }

    private void requireKnown(String id) {
        if (catalog.find(id).isEmpty()) {
            throw new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_DATASET", "There is no dataset " + id + " in the catalog.");
        }
    }
}
