package org.custodian.policy.rollout;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import org.custodian.policy.engine.CandidateBundles;
import org.custodian.policy.engine.PolicyBundle;
import org.custodian.policy.engine.PolicyEngine;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The impact report (stewards and compliance): which live releases a candidate policy revision or table
 * version would decide differently, and why, before it is activated. Nothing is stored or published.
 */
@RestController
class ImpactController {

    private static final Set<String> POLICIES = Set.of("active", "candidate");

    private final CandidateBundles bundles;
    private final PolicyImpact impact;

    ImpactController(CandidateBundles bundles, PolicyImpact impact) {
        this.bundles = bundles;
        this.impact = impact;
    }

    @PostMapping("/api/policy/impact")
    ImpactReport impact(@RequestBody ImpactQuery query) {
        PolicyBundle candidate = candidate(query);
        try (PolicyEngine engine = bundles.engineFor(candidate)) {
            return impact.assess(candidate, engine);
        }
    }

    private PolicyBundle candidate(ImpactQuery query) {
        String policy = query.policy() == null ? "active" : query.policy();
        if (!POLICIES.contains(policy)) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "UNKNOWN_POLICY",
                    "Field 'policy' is '" + policy + "'; allowed: active, candidate.");
        }
        Map<String, JsonNode> tables = query.tables() == null ? Map.of() : query.tables();
        if (policy.equals("active") && tables.isEmpty()) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "NO_CANDIDATE",
                    "Name a candidate: tables to replace, or policy 'candidate' for the revision staged beside the service.");
        }
        PolicyBundle base = policy.equals("active") ? bundles.active() : bundles.staged().orElseThrow(() -> new RuleViolation(
                HttpStatus.CONFLICT, "NO_CANDIDATE_POLICY", "No candidate policy is staged (custodian.policy.candidate-wasm and candidate-data)."));
        tables.forEach((name, table) -> requireTable(base, name, table));
        return base.withTables(tables);
    }

    private static void requireTable(PolicyBundle base, String name, JsonNode table) {
        if (!base.tableNames().contains(name)) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "UNKNOWN_TABLE",
                    "Field 'tables." + name + "' names no table of the policy; allowed: " + String.join(", ", base.tableNames()) + ".");
        }
        if (table == null || !table.isObject()) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "INVALID_TABLE", "Field 'tables." + name + "' must be an object.");
        }
    }
}
