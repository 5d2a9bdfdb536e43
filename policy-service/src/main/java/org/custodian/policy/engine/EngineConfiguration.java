package org.custodian.policy.engine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Chooses the engine named by {@code custodian.policy.engine}. */
@Configuration
class EngineConfiguration {

    @Bean
    PolicyBundle policyBundle(PolicySettings settings, ResourceLoader resources) {
        return PolicyBundle.load(resources.getResource(settings.wasm()), resources.getResource(settings.data()));
    }

    @Bean
    PolicyEngine policyEngine(PolicySettings settings, PolicyBundle bundle) {
        return switch (settings.engine()) {
            case "wasm" -> new WasmPolicyEngine(bundle, settings.instances());
            case "opa-server" -> new OpaServerPolicyEngine(bundle, settings.opaUrl());
            default -> throw new IllegalStateException(
                    "custodian.policy.engine must be wasm or opa-server, not '" + settings.engine() + "'");
        };
    }

    @Bean
    ReasonCatalogue reasonCatalogue() {
        return ReasonCatalogue.load();
    }
}
