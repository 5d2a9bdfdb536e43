package org.custodian.policy.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.contracts.vocabulary.TermViolation;
import org.custodian.contracts.vocabulary.Vocabulary;
import org.custodian.support.problem.TermViolations;

/**
 * A what-if is checked against the policy's vocabulary as registration and submission are: draft terms or a
 * draft request holding a value the policy does not know get 422 {@code UNKNOWN_TERM}, not a decision that
 * silently ignored the value.
 */
final class KnownDrafts {

    private KnownDrafts() {
    }

    /** {@code request} is the request judged, named in problems by {@code prefix} as the caller wrote it. */
    static void requireKnown(JsonNode request, String prefix, Map<String, JsonNode> draftTerms) {
        Vocabulary vocabulary = Vocabulary.standard();
        List<TermViolation> found = new ArrayList<>(vocabulary.checkRequest(request, prefix, null));
        draftTerms.forEach((id, terms) -> found.addAll(vocabulary.checkTerms(terms, "data.datasets." + id + ".")));
        TermViolations.requireNone(found);
    }
}
