package org.custodian.policy.decision;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.policy.catalog.Researchers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The catalog and the requests reach this service on different topics, so a submission can arrive
 * before the registration of its researcher or dataset (request-service accepts only known ones). A
 * fresh submission naming someone or something the projection does not know yet waits for the catalog
 * (the binding retries it); past the patience window it is judged on what is known.
 */
@Component
class CatalogCatchUp {

    private final Researchers researchers;
    private final Duration patience;

    CatalogCatchUp(Researchers researchers, @Value("${custodian.policy.catalog-patience:60s}") Duration patience) {
        this.researchers = researchers;
        this.patience = patience;
    }

    /** Throws {@link CatalogBehind} while the submission is fresh and names what the catalog has not told yet. */
    void require(RequestSubmitted submitted, ObjectNode knownTerms, Instant submittedAt) {
        if (Instant.now().isAfter(submittedAt.plus(patience))) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!researchers.knows(submitted.researcherId())) {
            missing.add("researcher " + submitted.researcherId());
        }
        submitted.datasets().stream().filter(id -> !knownTerms.has(id)).forEach(id -> missing.add("dataset " + id));
        if (!missing.isEmpty()) {
            throw new CatalogBehind("Request " + submitted.requestId() + " waits for the catalog: " + missing);
        }
    }
}
