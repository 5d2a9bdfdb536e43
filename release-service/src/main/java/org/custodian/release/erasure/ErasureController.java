package org.custodian.release.erasure;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.custodian.release.release.CertifyErasure;
import org.custodian.release.release.CertifyErasureRequest;
import org.custodian.release.release.ReleaseCommands;
import org.custodian.release.release.ReleaseEndpoint;
import org.custodian.release.release.ReleaseNeed;
import org.custodian.release.release.ReleaseRegister;
import org.custodian.release.release.ReleaseView;
import org.custodian.release.release.RequestErasureEvidence;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The researcher of a release certifies its erasure, which closes the obligation; a steward may ask for evidence. */
@RestController
class ErasureController {

    private final ReleaseRegister register;
    private final ReleaseCommands commands;
    private final Clock clock;

    ErasureController(ReleaseRegister register, ReleaseCommands commands, Clock clock) {
        this.register = register;
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping("/api/releases/{id}/erasure-certificates")
    @ReleaseEndpoint(ReleaseNeed.OWN_RESEARCHER)
    @ResponseStatus(HttpStatus.CREATED)
    ReleaseView certify(@PathVariable String id, @Valid @RequestBody CertificateBody body, Caller caller) {
        requirePossible(id, body);
        commands.send(caller.subject(), new CertifyErasure(id, caller.subject(), body.scope(), body.method(),
                body.erasedOn(), body.attestation(), clock.instant()));
        return register.find(id).orElseThrow();
    }

    // The same certificate, for one erasure request rather than the whole release.
    @PostMapping("/api/releases/{id}/erasure-requests/{erasureRequestId}/certificates")
    @ReleaseEndpoint(ReleaseNeed.OWN_RESEARCHER)
    @ResponseStatus(HttpStatus.CREATED)
    ReleaseView certifyRequest(@PathVariable String id, @PathVariable String erasureRequestId,
                               @Valid @RequestBody CertificateBody body, Caller caller) {
        requirePossible(id, body);
        commands.send(caller.subject(), new CertifyErasureRequest(id, caller.subject(), erasureRequestId, body.scope(),
                body.method(), body.erasedOn(), body.attestation(), clock.instant()));
        return register.find(id).orElseThrow();
    }

    @PostMapping("/api/releases/{id}/evidence-requests")
    @ReleaseEndpoint(ReleaseNeed.STEWARD)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ReleaseView requestEvidence(@PathVariable String id, @Valid @RequestBody EvidenceRequestBody body, Caller caller) {
        register.find(id).orElseThrow(() -> ReleaseCommands.unknown(id));
        commands.send(caller.subject(), new RequestErasureEvidence(id, body.note(), clock.instant()));
        return register.find(id).orElseThrow();
    }

    // Data cannot be erased before it was released, nor on a day still to come.
    private void requirePossible(String id, CertificateBody body) {
        if (body.erasedOn().isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)))) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "ERASED_ON_IN_FUTURE", "erased_on cannot be a date still to come.");
        }
        LocalDate issuedOn = LocalDate.ofInstant(register.find(id).orElseThrow(() -> ReleaseCommands.unknown(id)).issuedAt(),
                ZoneOffset.UTC);
        if (body.erasedOn().isBefore(issuedOn)) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "ERASED_ON_BEFORE_ISSUE",
                    "erased_on " + body.erasedOn() + " is before release " + id + " was issued, on " + issuedOn + ".");
        }
    }
}
