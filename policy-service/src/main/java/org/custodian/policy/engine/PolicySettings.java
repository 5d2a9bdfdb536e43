package org.custodian.policy.engine;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which engine evaluates the policy ({@code wasm} in-process or {@code opa-server}), where the compiled
 * policy and its static data are, and how many wasm instances may evaluate at once (0: one per core). A
 * candidate revision staged for an impact report ({@code candidate-wasm}, {@code candidate-data}) is optional.
 */
@ConfigurationProperties("custodian.policy")
public record PolicySettings(
        @DefaultValue("wasm") String engine,
        @DefaultValue("http://localhost:8181") URI opaUrl,
        @DefaultValue("classpath:policy/policy.wasm") String wasm,
        @DefaultValue("classpath:policy/data.json") String data,
        @DefaultValue("0") int poolSize,
        String candidateWasm,
        String candidateData) {

    int instances() {
        return poolSize > 0 ? poolSize : Runtime.getRuntime().availableProcessors();
    }
}
