package org.custodian.release.revocation;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import org.custodian.release.release.ReleaseCommands;
import org.custodian.release.release.ReleaseEndpoint;
import org.custodian.release.release.ReleaseNeed;
import org.custodian.release.release.ReleaseRegister;
import org.custodian.release.release.ReleaseView;
import org.custodian.release.release.ResolveFlag;
import org.custodian.support.security.Caller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A steward resolves a release flagged after its decision turned to deny or review: revokes it, or keeps it and clears the flag. */
@RestController
class FlagResolutionController {

    private final ReleaseRegister register;
    private final ReleaseCommands commands;
    private final Clock clock;

    FlagResolutionController(ReleaseRegister register, ReleaseCommands commands, Clock clock) {
        this.register = register;
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/releases/{id}/flag-resolution")
    @ReleaseEndpoint(ReleaseNeed.STEWARD)
    @Operation(summary = "Revoke or keep a release flagged after its decision was re-evaluated to deny or review")
    ReleaseView resolve(@PathVariable String id, @Valid @RequestBody FlagResolutionBody body, Caller caller) {
        register.find(id).orElseThrow(() -> ReleaseCommands.unknown(id));
        commands.send(caller.subject(), new ResolveFlag(id, body.revokes(), body.reason(), clock.instant()));
        return register.find(id).orElseThrow();
    }
}
