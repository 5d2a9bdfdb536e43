package org.custodian.release.grant;

import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.custodian.release.release.ReleaseCommands;
import org.custodian.release.release.ReleaseEndpoint;
import org.custodian.release.release.ReleaseNeed;
import org.custodian.release.release.ReleaseRegister;
import org.custodian.release.release.ReleaseView;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The grant of a live release and the status of any release, for whoever may read the release; and
 * the public keys that verify grants and status lists, for anyone.
 */
@RestController
class GrantController {

    private final ReleaseRegister register;
    private final StatusLists lists;
    private final GrantSigner signer;
    private final GrantKeys keys;
    private final GrantSettings settings;
    private final Clock clock;

    GrantController(ReleaseRegister register, StatusLists lists, GrantSigner signer, GrantKeys keys, GrantSettings settings,
                    Clock clock) {
        this.register = register;
        this.lists = lists;
        this.signer = signer;
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    // Signed afresh on each call, so a grant outlives neither its lifetime nor the release's state.
    @GetMapping("/api/releases/{id}/grant")
    @ReleaseEndpoint(ReleaseNeed.READ)
    @Operation(summary = "A short-lived signed grant for a live release; 410 Gone once it is revoked, erased or expired")
    Map<String, Object> grant(@PathVariable String id) {
        ReleaseView release = register.find(id).orElseThrow(() -> ReleaseCommands.unknown(id));
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Liveness liveness = Liveness.of(release, now);
        if (liveness != Liveness.LIVE) {
            throw new RuleViolation(HttpStatus.GONE, liveness.reason().orElseThrow(),
                    "Release " + id + " is " + liveness.name().toLowerCase() + ": it has no valid grant.");
        }
        Instant expiresAt = earlier(now.plus(settings.lifetime()), release.expiresAt());
        StatusReference status = lists.referenceOf(id).orElseThrow(() -> ReleaseCommands.unknown(id));
        return Map.of("release_id", id, "grant", signer.sign(release, now, expiresAt, status), "expires_at", expiresAt,
                "jwks_uri", "/.well-known/jwks.json", "status", status.claim());
    }

    @GetMapping("/api/releases/{id}/status")
    @ReleaseEndpoint(ReleaseNeed.READ)
    @Operation(summary = "Whether a release may still be used (VALID or INVALID, with the reason) and its place in the status list")
    ReleaseStatus status(@PathVariable String id) {
        ReleaseView release = register.find(id).orElseThrow(() -> ReleaseCommands.unknown(id));
        Liveness liveness = Liveness.of(release, clock.instant());
        return new ReleaseStatus(id, liveness == Liveness.LIVE ? "VALID" : "INVALID", liveness.reason().orElse(null),
                release.state(), release.erasure(), release.expiresAt(), lists.referenceOf(id).orElse(null));
    }

    @GetMapping(path = "/.well-known/jwks.json", produces = "application/jwk-set+json")
    Map<String, Object> keySet() {
        return keys.publicKeys().toJSONObject(true);
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
