package org.custodian.policy.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.decisions.Decision;

/** Reads decision documents out of policy results; a missing or shapeless result is a POLICY_UNDEFINED deny. */
public final class DecisionDocuments {

    public static final String UNDEFINED = "POLICY_UNDEFINED";
    private static final Set<String> OUTCOMES = Set.of("allow", "deny", "review");

    private DecisionDocuments() {
    }

    /** The document in one result (the value of {@code result}, or null when the policy was undefined). */
    public static ObjectNode document(JsonNode result, String revision) {
        if (result == null || !result.isObject() || !OUTCOMES.contains(result.path("outcome").asText())
                || !result.path("reasons").isArray()) {
            return undefined(revision);
        }
        ObjectNode document = result.deepCopy();
        if (!document.hasNonNull("policy_revision")) {
            document.put("policy_revision", revision);
        }
        return document;
    }

    public static ObjectNode undefined(String revision) {
        ObjectNode document = ContractJson.mapper().createObjectNode().put("outcome", "deny");
        document.putArray("reasons").addObject()
                .put("rule", "decision")
                .put("code", UNDEFINED)
                .putNull("dataset")
                .put("message", "The policy produced no decision for this request.");
        document.putNull("obligations");
        document.put("policy_revision", revision);
        return document;
    }

    public static Decision toDecision(JsonNode document) {
        try {
            return ContractJson.mapper().treeToValue(document, Decision.class);
        } catch (JsonProcessingException e) {
            throw new PolicyEvaluationException("The policy's decision document does not fit the contract", e);
        }
    }
}
