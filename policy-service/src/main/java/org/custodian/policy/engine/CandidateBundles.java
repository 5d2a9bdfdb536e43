package org.custodian.policy.engine;

import java.util.Optional;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The bundle in force, and the candidate revision staged beside it for an impact report
 * ({@code custodian.policy.candidate-wasm} and {@code candidate-data}), read afresh each time it is asked for
 * so that a newly staged build is the one judged.
 */
@Component
public class CandidateBundles {

    private final PolicyBundle active;
    private final PolicySettings settings;
    private final ResourceLoader resources;

    CandidateBundles(PolicyBundle active, PolicySettings settings, ResourceLoader resources) {
        this.active = active;
        this.settings = settings;
        this.resources = resources;
    }

    public PolicyBundle active() {
        return active;
    }

    public Optional<PolicyBundle> staged() {
        if (blank(settings.candidateWasm()) || blank(settings.candidateData())) {
            return Optional.empty();
        }
        return Optional.of(PolicyBundle.load(resources.getResource(settings.candidateWasm()),
                resources.getResource(settings.candidateData())));
    }

    /** An engine of its own for a bundle that is not in force; close it after use. */
    public PolicyEngine engineFor(PolicyBundle bundle) {
        return new WasmPolicyEngine(bundle, 1);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
