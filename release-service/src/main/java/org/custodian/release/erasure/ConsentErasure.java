package org.custodian.release.erasure;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.release.release.ReleaseCommands;
import org.custodian.release.release.ReleaseRegister;
import org.custodian.release.release.RequestSubjectErasure;
import org.custodian.support.events.ConsumedEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a withdrawal of consent into an erasure request on every release that still holds data of
 * that dataset (not yet certified as erased); once per withdrawal event, its ledger entry committing
 * with the requests. Each request is credited to whoever recorded the withdrawal (and for whom).
 */
@Service
public class ConsentErasure {

    static final String LEDGER = "release-service.consent";
    static final String REASON = "consent.withdrawn";

    private final ReleaseRegister register;
    private final ReleaseCommands commands;
    private final ConsumedEvents consumed;
    private final Clock clock;
    private final MeterRegistry meters;

    ConsentErasure(ReleaseRegister register, ReleaseCommands commands, ConsumedEvents consumed, Clock clock, MeterRegistry meters) {
        this.register = register;
        this.commands = commands;
        this.consumed = consumed;
        this.clock = clock;
        this.meters = meters;
    }

    @Transactional
    public void withdrawn(String eventId, ConsentWithdrawn withdrawal, String actor, String onBehalfOf) {
        if (!consumed.firstDelivery(LEDGER, eventId)) {
            return;
        }
        register.holding(withdrawal.datasetId()).forEach(release -> {
            commands.send(actor, onBehalfOf, new RequestSubjectErasure(release.id(), erasureRequestId(release.id(), eventId),
                    withdrawal.datasetId(), withdrawal.cohort(), withdrawal.subjectRefs(), REASON, eventId, clock.instant()));
            meters.counter("custodian.releases.erasure.requested", "reason", REASON).increment();
        });
    }

    // The same withdrawal and release always name the same request, so a repeat is recognised by the aggregate too.
    private static String erasureRequestId(String releaseId, String eventId) {
        return "era-" + UUID.nameUUIDFromBytes((releaseId + "|" + eventId).getBytes(StandardCharsets.UTF_8));
    }
}
