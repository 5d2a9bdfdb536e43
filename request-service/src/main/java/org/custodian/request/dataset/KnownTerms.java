package org.custodian.request.dataset;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.vocabulary.Vocabulary;
import org.custodian.support.problem.TermViolations;
import org.springframework.stereotype.Component;

/**
 * Refuses terms, requests and researcher profiles holding a value the policy does not know (422 {@code UNKNOWN_TERM}), before
 * anything is stored: the vocabulary is the policy's own tables, and a request's fields are those of the
 * datasets it names.
 */
@Component
public class KnownTerms {

    private final DatasetCatalog catalog;
    private final Vocabulary vocabulary = Vocabulary.standard();

    KnownTerms(DatasetCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@code prefix} leads every field named, as the client wrote the body ({@code terms.} in a registration). */
    void requireKnown(DatasetTerms terms, String prefix) {
        TermViolations.requireNone(vocabulary.checkTerms(ContractJson.mapper().valueToTree(terms), prefix));
    }

    /** A researcher's profile (registration or credentials) in its wire form: its country must be one the policy knows. */
    public void requireKnownResearcher(Object profile) {
        TermViolations.requireNone(vocabulary.checkResearcher(ContractJson.mapper().valueToTree(profile), ""));
    }

    /** A request body in its wire form, naming catalogued datasets. */
    public void requireKnownRequest(Object request, List<String> datasetIds) {
        Set<String> offered = datasetIds.stream().flatMap(id -> catalog.find(id).stream())
                .flatMap(dataset -> dataset.terms().fields().stream()).collect(Collectors.toSet());
        TermViolations.requireNone(vocabulary.checkRequest(ContractJson.mapper().valueToTree(request), "", offered));
    }
}
