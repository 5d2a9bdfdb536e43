package org.custodian.policy.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.styra.opa.wasm.OpaPolicy;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.Supplier;

/**
 * Wasm instances of the policy, each lent to one caller at a time, that keep the data they were last
 * given: the catalog changes rarely, so most decisions load only their input. (The library's own
 * pool resets an instance on return, which made every decision parse the whole catalog again.)
 * The instance returned last is lent first, so callers one after another keep using one warm instance
 * (each has its own compiled code and linear memory): about a fifth less CPU per decision than two
 * instances used in turn (docs/benchmarks.md).
 */
final class WasmInstances implements AutoCloseable {

    /** One instance and the dataset terms its data holds. */
    static final class Instance {

        private final Supplier<OpaPolicy> factory;
        private OpaPolicy policy;
        private ObjectNode datasets;

        private Instance(Supplier<OpaPolicy> factory, OpaPolicy policy) {
            this.factory = factory;
            this.policy = policy;
        }

        /**
         * The instance with data for these dataset terms, loading {@code data} only if the terms differ from
         * what it holds (comparing the terms is cheaper than writing the whole data document to compare).
         */
        OpaPolicy withData(ObjectNode terms, Supplier<String> data) {
            if (policy == null) {
                policy = factory.get();
            }
            if (!terms.equals(datasets)) {
                policy.data(data.get());
                datasets = terms.deepCopy();
            }
            return policy;
        }
    }

    private final BlockingDeque<Instance> idle;
    private final Supplier<OpaPolicy> factory;

    WasmInstances(Supplier<OpaPolicy> factory, int size) {
        this.factory = factory;
        this.idle = new LinkedBlockingDeque<>(size);
        for (int i = 0; i < size; i++) {
            idle.add(new Instance(factory, factory.get()));
        }
    }

    Instance borrow() throws InterruptedException {
        return idle.takeFirst();
    }

    void giveBack(Instance instance) {
        idle.addFirst(instance);
    }

    /**
     * Replaces an instance whose evaluation failed: its heap may be broken. The new one is built when it is
     * first used, by the caller that borrows it: built here, a failure (the caller's thread interrupted, which is
     * also what made the evaluation fail) lost the pool an instance for good, and once all were lost every
     * decision waited forever.
     */
    void replace(Instance broken) {
        idle.addLast(new Instance(factory, null));
    }

    @Override
    public void close() {
        idle.clear();
    }
}
