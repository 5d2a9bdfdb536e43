package org.custodian.policy.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.styra.opa.wasm.OpaPolicy;
import org.custodian.contracts.ContractJson;

/**
 * Evaluates the compiled policy in-process with a pool of wasm instances, each used by one caller at a
 * time and keeping the data it was last given.
 */
public final class WasmPolicyEngine implements PolicyEngine {

    private final PolicyBundle bundle;
    private final WasmInstances instances;

    public WasmPolicyEngine(PolicyBundle bundle, int size) {
        this.bundle = bundle;
        // built up front, so a broken module or a missing entrypoint stops the service at startup
        int entrypoint = instance(bundle).findEntrypoint(ENTRYPOINT);
        this.instances = new WasmInstances(() -> instance(bundle).entrypoint(entrypoint), size);
    }

    @Override
    public ObjectNode evaluate(JsonNode input, ObjectNode datasets) {
        String annotated = json(PolicyCalendar.annotate(input, datasets));
        WasmInstances.Instance instance = borrow();
        try {
            String resultSet = instance.withData(datasets, () -> json(bundle.data(datasets))).evaluate(annotated);
            instances.giveBack(instance);
            return DecisionDocuments.document(firstResult(resultSet), bundle.revision());
        } catch (RuntimeException e) {
            instances.replace(instance);
            throw e instanceof PolicyEvaluationException known ? known
                    : new PolicyEvaluationException("The wasm policy failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String revision() {
        return bundle.revision();
    }

    @Override
    public String name() {
        return "wasm";
    }

    @Override
    public void close() {
        instances.close();
    }

    private static OpaPolicy instance(PolicyBundle bundle) {
        return OpaPolicy.builder().withPolicy(bundle.wasm()).build();
    }

    private WasmInstances.Instance borrow() {
        try {
            return instances.borrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PolicyEvaluationException("Interrupted while waiting for a policy instance", e);
        }
    }

    private static String json(JsonNode data) {
        try {
            return ContractJson.mapper().writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new PolicyEvaluationException("Unwritable policy data", e);
        }
    }

    /** A wasm result set is {@code [{"result": ...}]}, or {@code []} when the policy is undefined. */
    private static JsonNode firstResult(String resultSet) {
        try {
            return ContractJson.mapper().readTree(resultSet).path(0).get("result");
        } catch (JsonProcessingException e) {
            throw new PolicyEvaluationException("The wasm policy returned no JSON", e);
        }
    }
}
