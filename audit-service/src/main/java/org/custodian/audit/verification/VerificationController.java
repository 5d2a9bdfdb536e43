package org.custodian.audit.verification;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit/verify}: whether the log is intact, and if not, where it first breaks. */
@RestController
class VerificationController {

    private final ChainVerifier verifier;

    VerificationController(ChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/audit/verify")
    Verification verify() {
        return verifier.verify();
    }
}
