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
 * draft request. Nothing is stored or published. Without a requester, the caller's own credentials
 * are used; without consent, the consent held for the datasets.
 */
@RestController
class WhatIfController {

    private final PolicyEngine engine;
    private final Datasets datasets;
    private final Researchers researchers;
    private final Consents consents;

    WhatIfController(PolicyEngine engine, Datasets datasets, Researchers researchers, Consents consents) {
        this.consents = consents;
        this.engine = engine;
        this.datasets = datasets;
        this.researchers = researchers;
    }

    @PostMapping("/api/decisions/evaluate")
    Decision evaluate(@RequestBody WhatIfQuery query, Caller caller) {
        WhatIfInputs.requireJudgeable(query);
        KnownDrafts.requireKnown(query);
        ObjectNode input = query.input().deepCopy();
        if (!input.has("requester")) {
            input.set("requester", ContractJson.mapper().valueToTree(researchers.requester(caller.subject())));
        }
        if (!input.has("consent")) {
            input.set("consent", consents.heldFor(WhatIfInputs.datasetIds(input)));
        }
        ObjectNode terms = datasets.termsOf(WhatIfInputs.datasetIds(input));
        if (query.data() != null && query.data().datasets() != null) {
            query.data().datasets().forEach(terms::set);
        }
        try {
            return engine.decide(input, terms);
        } catch (PolicyEvaluationException e) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "POLICY_ERROR", e.getMessage());
        }
    }
}
