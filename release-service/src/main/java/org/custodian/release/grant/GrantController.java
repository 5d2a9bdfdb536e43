package org.custodian.release.grant;

import java.util.Map;
import org.custodian.release.release.ReleaseCommands;
import org.custodian.release.release.ReleaseRegister;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The grant of a release, for whoever may read the release; and the public keys that verify grants, for anyone. */
@RestController
class GrantController {

    private final ReleaseRegister register;
    private final GrantBook grants;
    private final GrantKeys keys;

    GrantController(ReleaseRegister register, GrantBook grants, GrantKeys keys) {
        this.register = register;
        this.grants = grants;
        this.keys = keys;
    }

    @GetMapping("/api/releases/{id}/grant")
    Map<String, String> grant(@PathVariable String id, Caller caller) {
        register.find(id)
                .filter(release -> caller.hasAny(Role.STEWARD, Role.INTEGRATION) || caller.subject().equals(release.researcherId()))
                .orElseThrow(() -> ReleaseCommands.unknown(id));
        String token = grants.grantOf(id).orElseThrow(() -> ReleaseCommands.unknown(id));
        return Map.of("release_id", id, "grant", token, "jwks_uri", "/.well-known/jwks.json");
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = "application/jwk-set+json")
    Map<String, Object> keySet() {
        return keys.publicKeys().toJSONObject(true);
    }
}
