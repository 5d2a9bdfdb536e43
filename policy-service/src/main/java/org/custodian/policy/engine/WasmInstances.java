package org.custodian.policy.engine;

import com.styra.opa.wasm.OpaPolicy;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Wasm instances of the policy, each lent to one caller at a time, that keep the data they were last
 * given: the catalog changes rarely, so most decisions load only their input. (The library's own
 * pool resets an instance on return, which made every decision parse the whole catalog again.)
 */
final class WasmInstances implements AutoCloseable {

    /** One instance and the data JSON it holds. */
    static final class Instance {

        private final OpaPolicy policy;
        private String data;

        private Instance(OpaPolicy policy) {
            this.policy = policy;
        }

        /** The instance with {@code json} as its data, loading it only if it differs from what it holds. */
        OpaPolicy withData(String json) {
            if (!json.equals(data)) {
                policy.data(json);
                data = json;
            }
            return policy;
        }
    }

    private final BlockingQueue<Instance> idle;
    private final Supplier<OpaPolicy> factory;

    WasmInstances(Supplier<OpaPolicy> factory, int size) {
        this.factory = factory;
        this.idle = new ArrayBlockingQueue<>(size);
        for (int i = 0; i < size; i++) {
            idle.add(new Instance(factory.get()));
        }
    }

    Instance borrow() throws InterruptedException {
        return idle.take();
    }

    void giveBack(Instance instance) {
        idle.add(instance);
    }

    /** Replaces an instance whose evaluation failed: its heap may be broken. */
    void replace(Instance broken) {
        idle.add(new Instance(factory.get()));
    }

    @Override
    public void close() {
        idle.clear();
    }
}
