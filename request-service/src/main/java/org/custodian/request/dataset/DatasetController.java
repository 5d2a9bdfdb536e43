package org.custodian.request.dataset;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.catalog.DatasetRegistered;
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

/** Stewards register datasets; every role may read the catalog. */
@RestController
@RequestMapping("/api/datasets")
class DatasetController {

    private final CommandGateway commands;
    private final DatasetCatalog catalog;

    DatasetController(CommandGateway commands, DatasetCatalog catalog) {
        this.commands = commands;
        this.catalog = catalog;
    }

    @PostMapping
    ResponseEntity<DatasetView> register(@Valid @RequestBody RegisterDatasetBody body, Caller caller) {
        if (catalog.find(body.id()).isPresent()) {
            throw new RuleViolation(HttpStatus.CONFLICT, "DATASET_EXISTS", "Dataset " + body.id() + " is already registered.");
        }
        ContractViolations.requireValid(
                new DatasetRegistered(body.id(), body.title(), body.description(), 1, body.terms()), "INVALID_TERMS");
        commands.sendAndWait(ActingCommands.by(caller.subject(),
                new RegisterDataset(body.id(), body.title(), body.description(), body.terms())));
        return ResponseEntity.created(URI.create("/api/datasets/" + body.id())).body(byId(body.id()));
    }

    @GetMapping
    List<DatasetView> all() {
        return catalog.all();
    }

    @GetMapping("/{id}")
    DatasetView byId(@PathVariable String id) {
        return catalog.find(id).orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_DATASET",
                "There is no dataset " + id + " in the catalog."));
    }
}
