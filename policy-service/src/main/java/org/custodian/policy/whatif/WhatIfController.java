package org.custodian.policy.whatif;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.decisions.Decision;
import org.custodian.policy.catalog.Consents;
import org.custodian.policy.catalog.Datasets;
import org.custodian.policy.catalog.Researchers;
import org.custodian.policy.engine.PolicyEngine;
import org.custodian.policy.engine.PolicyEvaluationException;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The decision a draft would get (DESIGN §5, what-if): stewards try draft terms, researchers check a
 * draft request, by ids ({@link DraftInputs}) or as a raw policy input for tooling. Nothing is stored or
 * published. A raw input without a requester is judged with the caller's own credentials, and without
 * consent with the consent held for its datasets.
 */
@RestController
class WhatIfController {

    private final PolicyEngine engine;
    private final Datasets datasets;
    private final Researchers researchers;
    private final Consents consents;
    private final DraftInputs drafts;

    WhatIfController(PolicyEngine engine, Datasets datasets, Researchers researchers, Consents consents, DraftInputs drafts) {
        this.engine = engine;
        this.datasets = datasets;
        this.researchers = researchers;
        this.consents = consents;
        this.drafts = drafts;
    }

    @PostMapping("/api/decisions/evaluate")
    Decision evaluate(@RequestBody WhatIfQuery query, Caller caller) {
        ObjectNode input = query.draft() != null ? draft(query, caller) : raw(query, caller);
        ObjectNode terms = datasets.termsOf(WhatIfInputs.datasetIds(input));
        query.draftTerms().forEach(terms::set);
        try {
            return engine.decide(input, terms);
        } catch (PolicyEvaluationException e) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "POLICY_ERROR", e.getMessage());
        }
    }

    private ObjectNode draft(WhatIfQuery query, Caller caller) {
        if (query.input() != null) {
            throw WhatIfInputs.invalid("input", "must be left out when a draft is given: judge one or the other");
        }
        WhatIfInputs.requireDraftTerms(query);
        ObjectNode input = drafts.of(query.draft(), query.draftTerms().keySet(), caller);
        KnownDrafts.requireKnown(input.path("request"), "draft.", query.draftTerms());
        return input;
    }

    private ObjectNode raw(WhatIfQuery query, Caller caller) {
        WhatIfInputs.requireJudgeable(query);
        KnownDrafts.requireKnown(query.input().path("request"), "input.request.", query.draftTerms());
        ObjectNode input = query.input().deepCopy();
        if (!input.has("requester")) {
            input.set("requester", ContractJson.mapper().valueToTree(researchers.requester(caller.subject())));
        }
        if (!input.has("consent")) {
            input.set("consent", consents.heldFor(WhatIfInputs.datasetIds(input)));
        }
        return input;
    }
}
