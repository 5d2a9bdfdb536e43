package org.custodian.release.revocation;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.release.release.FlagRelease;
import org.custodian.release.release.ReleaseCommands;
import org.custodian.release.release.ReleaseRegister;
import org.custodian.release.release.ReleaseState;
import org.custodian.release.release.ReleaseView;
import org.custodian.release.release.RevokeRelease;
import org.custodian.release.release.ShortenEraseBy;
import org.custodian.support.events.ConsumedEvents;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on releases because something outside changed: a decision re-evaluated to deny revokes (or flags
 * the release for a steward, by {@code custodian.releases.on-deny}), to review flags it, to an earlier
 * erase-by date shortens it; a researcher offboarded loses every release. Each outside event acts
 * once: its ledger entry commits with what it did.
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

    /**
     * The decision behind a live release was judged again: a deny revokes it or flags it (by
     * {@code on-deny}), a review flags it for a steward, and an earlier erase-by date shortens it.
     */
    @Transactional
    public void reEvaluated(String eventId, String releaseId, DecisionReEvaluated again) {
        if (!consumed.firstDelivery(LEDGER, eventId)) {
            return;
        }
        Decision decision = again.decision();
        String reason = "decision.re-evaluated " + decision.outcome().wireName() + " (" + String.join(", ", decision.reasonCodes())
                + ") after " + again.cause() + " " + again.causeId();
        register.find(releaseId).filter(AutomaticRevocation::live).ifPresent(release -> {
            if (decision.outcome() == Outcome.DENY && onDeny == OnDeny.REVOKE) {
                revoke(release, reason, "decision-deny");
                return;
            }
            if (decision.outcome() != Outcome.ALLOW) {
                commands.send(ACTOR, new FlagRelease(release.id(), reason, eventId, clock.instant()));
                meters.counter("custodian.releases.flagged").increment();
            }
            if (decision.outcome() != Outcome.DENY) {
                shortenIfEarlier(release, decision.obligations(), reason, eventId);
            }
        });
    }

    // A date already past means erase now: the new erase-by date is never before today.
    private void shortenIfEarlier(ReleaseView release, Obligations obligations, String reason, String eventId) {
        LocalDate eraseBy = obligations == null ? null : obligations.eraseBy();
        if (eraseBy == null || !eraseBy.isBefore(release.eraseBy())) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        commands.send(ACTOR, new ShortenEraseBy(release.id(), eraseBy.isBefore(today) ? today : eraseBy,
                reason, eventId, clock.instant()));
        meters.counter("custodian.releases.erase-by-shortened").increment();
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
