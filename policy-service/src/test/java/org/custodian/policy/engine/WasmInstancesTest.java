package org.custodian.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WasmInstancesTest {

    /** The lending order does not depend on the policy, so these instances hold none. */
    private final WasmInstances instances = new WasmInstances(() -> null, 3);

    @Test
    void lendsTheInstanceReturnedLastFirst() throws InterruptedException {
        WasmInstances.Instance first = instances.borrow();
        WasmInstances.Instance second = instances.borrow();
        instances.giveBack(first);
        instances.giveBack(second);

        assertThat(instances.borrow()).isSameAs(second);
        assertThat(instances.borrow()).isSameAs(first);
    }

    @Test
    void aCallerAfterAnotherGetsTheSameInstance() throws InterruptedException {
        WasmInstances.Instance used = instances.borrow();
        instances.giveBack(used);

        assertThat(instances.borrow()).isSameAs(used);
    }

    @Test
    void aReplacementIsLentAfterTheInstancesInUse() throws InterruptedException {
        WasmInstances two = new WasmInstances(() -> null, 2);
        WasmInstances.Instance broken = two.borrow();
        WasmInstances.Instance used = two.borrow();
        two.replace(broken);
        two.giveBack(used);

        assertThat(two.borrow()).isSameAs(used);
        assertThat(two.borrow()).isNotSameAs(broken).isNotSameAs(used);
    }

    @Test
    void anInstanceThatCannotBeBuiltDoesNotShrinkThePool() throws InterruptedException {
        AtomicInteger builds = new AtomicInteger();
        WasmInstances one = new WasmInstances(() -> {
            if (builds.getAndIncrement() > 0) {
                throw new IllegalStateException("interrupted while compiling the module");
            }
            return null;
        }, 1);
        one.replace(one.borrow());
        WasmInstances.Instance replacement = one.borrow();

        assertThatThrownBy(() -> replacement.withData(JsonNodeFactory.instance.objectNode(), () -> "{}"))
                .isInstanceOf(IllegalStateException.class);
        one.replace(replacement);
        assertThat(one.borrow()).isNotSameAs(replacement);
    }
}
