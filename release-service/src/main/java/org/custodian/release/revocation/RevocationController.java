package org.custodian.release.revocation;

import jakarta.validation.Valid;
import java.time.Clock;
import org.custodian.release.release.ReleaseCommands;
import org.custodian.release.release.ReleaseEndpoint;
import org.custodian.release.release.ReleaseNeed;
import org.custodian.release.release.ReleaseRegister;
import org.custodian.release.release.ReleaseView;
import org.custodian.release.release.RevokeRelease;
import org.custodian.support.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A steward revokes a release, with a reason; a revoked or expired release cannot be revoked again. */
@RestController
class RevocationController {

    private final ReleaseRegister register;
    private final ReleaseCommands commands;
    private final Clock clock;

    RevocationController(ReleaseRegister register, ReleaseCommands commands, Clock clock) {
        this.register = register;
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/releases/{id}/revoke")
    @ReleaseEndpoint(ReleaseNeed.STEWARD)
    ReleaseView revoke(@PathVariable String id, @Valid @RequestBody RevocationBody body, Caller caller) {
        register.find(id).orElseThrow(() -> ReleaseCommands.unknown(id));
        commands.send(caller.subject(), new RevokeRelease(id, body.reason(), clock.instant()));
        return register.find(id).orElseThrow();
    }
}
