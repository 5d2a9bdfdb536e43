package org.custodian.release.revocation;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.custodian.release.release.FlagRelease;
import org.custodian.release.release.ReleaseCommands;
import org.custodian.release.release.ReleaseRegister;
import org.custodian.release.release.ReleaseState;
import org.custodian.release.release.ReleaseView;
import org.custodian.release.release.RevokeRelease;
import org.custodian.support.events.ConsumedEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revokes releases because something outside changed: a decision re-evaluated to deny (or flags the
 * release for a steward, by {@code custodian.releases.on-deny}), a researcher offboarded. Each
 * outside event acts once: its ledger entry commits with the revocations.
 */
@Service
class AutomaticRevocation {

    static final String ACTOR = "release-service";
    static final String LEDGER = "release-service.revocations";

    private final ReleaseRegister register;
    private final ReleaseCommands commands;
    private final ConsumedEvents consumed;
    private final Clock clock;
    private final OnDeny onDeny;
    private final MeterRegistry meters;

    AutomaticRevocation(ReleaseRegister register, ReleaseCommands commands, ConsumedEvents consumed, Clock clock,
                        @Value("${custodian.releases.on-deny:revoke}") String onDeny, MeterRegistry meters) {
        this.register = register;
        this.commands = commands;
        this.consumed = consumed;
        this.clock = clock;
        this.onDeny = OnDeny.valueOf(onDeny.trim().toUpperCase(java.util.Locale.ROOT));
        this.meters = meters;
    }

    @Transactional
    public void denied(String eventId, String releaseId, String reason) {
        if (!consumed.firstDelivery(LEDGER, eventId)) {
            return;
        }
        register.find(releaseId).filter(AutomaticRevocation::live).ifPresent(release -> {
            if (onDeny == OnDeny.REVOKE) {
                revoke(release, reason, "decision-deny");
            } else {
                commands.send(ACTOR, new FlagRelease(release.id(), reason, eventId, clock.instant()));
                meters.counter("custodian.releases.flagged").increment();
            }
        });
    }

    @Transactional
    public void offboarded(String eventId, String researcherId, String reason) {
        if (!consumed.firstDelivery(LEDGER, eventId)) {
            return;
        }
        register.ofResearcher(researcherId).stream().filter(AutomaticRevocation::live)
                .forEach(release -> revoke(release, reason, "researcher-offboarded"));
    }

    private void revoke(ReleaseView release, String reason, String cause) {
        commands.send(ACTOR, new RevokeRelease(release.id(), reason, clock.instant()));
        meters.counter("custodian.releases.revoked.automatically", "cause", cause).increment();
    }

    private static boolean live(ReleaseView release) {
        return release.state() == ReleaseState.ISSUED;
    }
}
