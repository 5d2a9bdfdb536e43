package org.custodian.release.grant;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rotation of the grant signing key on an admin's word, e.g. when the old one may have leaked. */
@RestController
class GrantKeyController {

    private final GrantKeys keys;

    GrantKeyController(GrantKeys keys) {
        this.keys = keys;
    }

    @PostMapping("/api/grant-keys/rotation")
    @Operation(summary = "Signs grants with a new key from now on; the retired key stays published until its grants have expired")
    GrantKeys.Rotation rotate() {
        return keys.rotate();
    }
}
