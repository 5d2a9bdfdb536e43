package org.custodian.request.dataset;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.request.config.ClaimedTimes;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.problem.ContractViolations;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stewards record the consent held for a dataset and its withdrawal ({@code consent.recorded},
 * {@code consent.withdrawn} on the catalog topic); stewards and compliance read the history. The same
 * fact posted again records nothing and answers 200 with {@code Idempotent-Replayed}.
 */
@RestController
@RequestMapping("/api/datasets/{id}")
class ConsentController {

    private final CommandGateway commands;
    private final DatasetCatalog catalog;
    private final ConsentRecords records;
    private final ClaimedTimes times;

    ConsentController(CommandGateway commands, DatasetCatalog catalog, ConsentRecords records, ClaimedTimes times) {
        this.commands = commands;
        this.catalog = catalog;
        this.records = records;
        this.times = times;
    }

    @Operation(summary = "Record the consent held for a dataset or cohort (consent.recorded)")
    @PostMapping("/consents")
    ResponseEntity<Object> record(@PathVariable String id, @Valid @RequestBody ConsentBodies.Recorded body, Caller caller) {
        requireKnown(id);
        times.requirePast(body.recordedAt(), "recorded_at", "RECORDED_IN_FUTURE");
        return act(id, body.toEvent(id), new ConsentCommands.RecordConsent(id, body.toEvent(id)), caller);
    }

    @Operation(summary = "Record that data subjects withdrew consent (consent.withdrawn)")
    @PostMapping("/consent-withdrawals")
    ResponseEntity<Object> withdraw(@PathVariable String id, @Valid @RequestBody ConsentBodies.Withdrawn body,
                                    Caller caller) {
        requireKnown(id);
        times.requirePast(body.withdrawnAt(), "withdrawn_at", "WITHDRAWN_IN_FUTURE");
        return act(id, body.toEvent(id), new ConsentCommands.RecordConsentWithdrawal(id, body.toEvent(id)), caller);
    }

    @Operation(summary = "A dataset's consent records, oldest first")
    @GetMapping("/consents")
    List<ConsentRecords.ConsentEntry> history(@PathVariable String id) {
        requireKnown(id);
        return records.of(id);
    }

    private ResponseEntity<Object> act(String id, GovernanceEvent event, Object command, Caller caller) {
        requireKnown(id);
        ContractViolations.requireValid(event, "INVALID_CONSENT");
        boolean recorded = commands.sendAndWait(ActingCommands.by(caller.subject(), command));
        if (!recorded) {
            return ResponseEntity.ok().header("Idempotent-Replayed", "true").body(event);
        }
        return ResponseEntity.created(URI.create("/api/datasets/" + id + "/consents")).body(event);
    }

    private void requireKnown(String id) {
        if (catalog.find(id).isEmpty()) {
            throw new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_DATASET",
                    "There is no dataset " + (id.length() > 64 ? id.substring(0, 64) + "…" : id) + " in the catalog.");
        }
    }
}
