package org.custodian.release.release;

import java.util.List;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Researchers read their own releases; stewards, compliance and integrations read all of them. */
@RestController
@RequestMapping("/api/releases")
class ReleaseController {

    private final ReleaseRegister register;

    ReleaseController(ReleaseRegister register) {
        this.register = register;
    }

    // flagged=true lists the releases waiting for a steward's revoke-or-keep (custodian.releases.on-deny=flag).
    @GetMapping
    List<ReleaseView> list(Caller caller, @RequestParam(defaultValue = "false") boolean flagged) {
        if (flagged) {
            return readsAll(caller) ? register.flagged()
                    : register.flagged().stream().filter(release -> caller.subject().equals(release.researcherId())).toList();
        }
        return readsAll(caller) ? register.all() : register.ofResearcher(caller.subject());
    }

    // Someone else's release answers as unknown (ReleaseGuard), so a researcher cannot probe which releases exist.
    @GetMapping("/{id}")
    @ReleaseEndpoint(ReleaseNeed.READ)
    ReleaseView byId(@PathVariable String id) {
        return register.find(id).orElseThrow(() -> ReleaseCommands.unknown(id));
    }

    private static boolean readsAll(Caller caller) {
        return caller.hasAny(Role.STEWARD, Role.INTEGRATION, Role.COMPLIANCE);
    }
}
