package org.custodian.policy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class EngineConfigurationTest {

    private final EngineConfiguration configuration = new EngineConfiguration();
    private final PolicyBundle bundle = GoldenDecisions.shippedBundle();

    @Test
    void wasmIsChosenByName() {
        try (PolicyEngine engine = configuration.policyEngine(settings("wasm"), bundle)) {
            assertThat(engine).isInstanceOf(WasmPolicyEngine.class);
        }
    }

    @Test
    void anOpaServerIsChosenByName() {
        try (PolicyEngine engine = configuration.policyEngine(settings("opa-server"), bundle)) {
            assertThat(engine).isInstanceOf(OpaServerPolicyEngine.class);
            assertThat(engine.revision()).isEqualTo(bundle.revision());
        }
    }

    @Test
    void anUnknownEngineStopsTheServiceNamingTheChoices() {
        assertThatThrownBy(() -> configuration.policyEngine(settings("rego-in-my-head"), bundle))
                .hasMessageContaining("wasm or opa-server");
    }

    private static PolicySettings settings(String engine) {
        return new PolicySettings(engine, URI.create("http://127.0.0.1:8181"), "classpath:policy/policy.wasm",
                "classpath:policy/data.json", 1, null, null);
    }
}
