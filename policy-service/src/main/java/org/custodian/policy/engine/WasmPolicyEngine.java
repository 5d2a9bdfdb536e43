package org.custodian.policy.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.styra.opa.wasm.OpaPolicy;
import com.styra.opa.wasm.OpaPolicyPool;
import org.custodian.contracts.ContractJson;

/**
 * Evaluates the compiled policy in-process with a pool of wasm instances, each used by one caller at a
 * time. The pool resets an instance when it comes back, so every evaluation loads its own entrypoint
 * and data (about a tenth of the cost of evaluating).
 */
public final class WasmPolicyEngine implements PolicyEngine {

    private final PolicyBundle bundle;
    private final OpaPolicyPool pool;
    private final int entrypoint;

    public WasmPolicyEngine(PolicyBundle bundle, int instances) {
        this.bundle = bundle;
        // one instance up front, so a broken module or a missing entrypoint stops the service at startup
        this.entrypoint = instance(bundle).findEntrypoint(ENTRYPOINT);
        this.pool = OpaPolicyPool.create(() -> instance(bundle), instances);
    }

    @Override
    public ObjectNode evaluate(JsonNode input, ObjectNode datasets) {
        OpaPolicyPool.Loan loan = borrow();
        try {
            OpaPolicy policy = loan.policy().entrypoint(entrypoint).data(bundle.data(datasets));
            return DecisionDocuments.document(firstResult(policy.evaluate(input)), bundle.revision());
        } catch (RuntimeException e) {
            // an instance that failed mid-evaluation may hold a broken heap: never lend it again
            loan.discard();
            throw e instanceof PolicyEvaluationException known ? known
                    : new PolicyEvaluationException("The wasm policy failed: " + e.getMessage(), e);
        } finally {
            loan.close();
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
        pool.close();
    }

    private static OpaPolicy instance(PolicyBundle bundle) {
        return OpaPolicy.builder().withPolicy(bundle.wasm()).build();
    }

    private OpaPolicyPool.Loan borrow() {
        try {
            return pool.borrow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PolicyEvaluationException("Interrupted while waiting for a policy instance", e);
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
