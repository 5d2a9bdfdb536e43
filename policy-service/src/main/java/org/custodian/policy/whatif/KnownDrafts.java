package org.custodian.policy.whatif;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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

    static void requireKnown(WhatIfQuery query) {
        Vocabulary vocabulary = Vocabulary.standard();
        List<TermViolation> found = new ArrayList<>(
                vocabulary.checkRequest(query.input().path("request"), "input.request.", null));
        if (query.data() != null && query.data().datasets() != null) {
            query.data().datasets().forEach((id, terms) ->
                    found.addAll(vocabulary.checkTerms(terms, "data.datasets." + id + ".")));
        }
        TermViolations.requireNone(found);
    }
}
