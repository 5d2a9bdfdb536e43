package org.custodian.policy.engine;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Which policy decides, and the reason codes its decisions may carry. */
@RestController
class PolicyController {

    private final PolicyEngine engine;
    private final ReasonCatalogue reasons;

    PolicyController(PolicyEngine engine, ReasonCatalogue reasons) {
        this.engine = engine;
        this.reasons = reasons;
    }

    @GetMapping("/api/policy")
    PolicyView policy() {
        return new PolicyView(engine.revision(), engine.name(), reasons.codes());
    }

    record PolicyView(String revision, String engine, List<ReasonCode> reasonCodes) {
    }
}
