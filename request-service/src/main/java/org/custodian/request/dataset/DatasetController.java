package org.custodian.request.dataset;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.problem.ContractViolations;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Stewards register datasets and change their terms; every role may search and read the catalog. */
@RestController
@RequestMapping("/api/datasets")
class DatasetController {

    private final CommandGateway commands;
    private final DatasetCatalog catalog;
    private final KnownTerms known;

    DatasetController(CommandGateway commands, DatasetCatalog catalog, KnownTerms known) {
        this.commands = commands;
        this.catalog = catalog;
        this.known = known;
    }

    @PostMapping
    ResponseEntity<DatasetView> register(@Valid @RequestBody RegisterDatasetBody body, Caller caller) {
        if (catalog.find(body.id()).isPresent()) {
            throw new RuleViolation(HttpStatus.CONFLICT, "DATASET_EXISTS", "Dataset " + body.id() + " is already registered.");
        }
        ContractViolations.requireValid(
                new DatasetRegistered(body.id(), body.title(), body.description(), 1, body.terms()), "INVALID_TERMS");
        known.requireKnown(body.terms(), "terms.");
        commands.sendAndWait(ActingCommands.by(caller.subject(),
                new RegisterDataset(body.id(), body.title(), body.description(), body.terms())));
        return ResponseEntity.created(URI.create("/api/datasets/" + body.id())).body(byId(body.id()));
    }

    /** The catalog filtered by any of duo, access_mode, country and q; a next page is linked in {@code Link}. */
    @Operation(summary = "Search the catalog by duo, access_mode, country and q; paginated by limit and cursor (Link: rel=next)")
    @GetMapping
    ResponseEntity<List<DatasetView>> search(@RequestParam MultiValueMap<String, String> parameters) {
        CatalogQuery query = CatalogQuery.of(parameters);
        List<DatasetView> found = catalog.search(query);
        if (found.size() <= query.limit()) {
            return ResponseEntity.ok(found);
        }
        List<DatasetView> page = found.subList(0, query.limit());
        String next = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("cursor", page.get(page.size() - 1).id()).build().toUriString();
        return ResponseEntity.ok().header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"").body(page);
    }

    /** A steward's new version of the terms, validated as at registration; the same terms again change nothing. */
    @Operation(summary = "Change a dataset's terms: the next terms version, published as dataset.terms-changed")
    @PutMapping("/{id}/terms")
    DatasetView changeTerms(@PathVariable String id, @Valid @RequestBody DatasetTerms terms, Caller caller) {
        DatasetView current = byId(id);
        ContractViolations.requireValid(new DatasetTermsChanged(id, current.termsVersion() + 1, terms), "INVALID_TERMS");
        known.requireKnown(terms, "");
        commands.sendAndWait(ActingCommands.by(caller.subject(), new ChangeTerms(id, terms)));
        return byId(id);
    }

    /** No new request may name the dataset from now on; its live releases go on as issued. Again: no change. */
    @Operation(summary = "Retire a dataset: new requests naming it are refused (422 DATASET_RETIRED); live releases are untouched")
    @PostMapping("/{id}/retire")
    DatasetView retire(@PathVariable String id, @Valid @RequestBody(required = false) RetireBody body, Caller caller) {
        byId(id);
        commands.sendAndWait(ActingCommands.by(caller.subject(), new RetireDataset(id, body == null ? null : body.reason())));
        return byId(id);
    }

    /** Why the steward retires the dataset, optionally. */
    record RetireBody(@Size(max = 2000) String reason) {
    }

    @Operation(summary = "Every version of a dataset's terms, oldest first")
    @GetMapping("/{id}/terms")
    List<DatasetCatalog.TermsVersion> termsHistory(@PathVariable String id) {
        byId(id);
        return catalog.termsHistory(id);
    }

    @Operation(summary = "One version of a dataset's terms")
    @GetMapping("/{id}/terms/{version}")
    DatasetCatalog.TermsVersion termsVersion(@PathVariable String id, @PathVariable String version) {
        return termsHistory(id).stream().filter(terms -> String.valueOf(terms.version()).equals(version)).findFirst()
                .orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_TERMS_VERSION",
                        "Dataset " + id + " has no terms version " + shorten(version) + "."));
    }

    @GetMapping("/{id}")
    DatasetView byId(@PathVariable String id) {
        return catalog.find(id).orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_DATASET",
                "There is no dataset " + shorten(id) + " in the catalog."));
    }

    private static String shorten(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }
}
