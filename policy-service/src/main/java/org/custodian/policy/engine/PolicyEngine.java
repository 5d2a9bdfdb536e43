package org.custodian.policy.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.custodian.contracts.decisions.Decision;

/**
 * Evaluates the policy set's {@code custodian/decision} (DESIGN §5). A decision is a pure function of
 * the input and the data, so the caller passes the dataset terms it judged against.
 */
public interface PolicyEngine extends AutoCloseable {

    String ENTRYPOINT = "custodian/decision";

    /**
     * The decision document for {@code input} with {@code datasets} as {@code data.datasets}; an undefined
     * result is a deny with {@code POLICY_UNDEFINED}.
     */
    ObjectNode evaluate(JsonNode input, ObjectNode datasets);

    default Decision decide(JsonNode input, ObjectNode datasets) {
        return DecisionDocuments.toDecision(evaluate(input, datasets));
    }

    /** {@code sha256:} and the hex digest of the compiled policy set. */
    String revision();

    /** {@code wasm} or {@code opa-server}. */
    String name();

    @Override
    default void close() {
    }
}
