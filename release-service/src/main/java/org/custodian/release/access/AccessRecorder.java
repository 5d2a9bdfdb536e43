package org.custodian.release.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.custodian.contracts.releases.Access;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.release.release.RecordAccess;
import org.custodian.release.release.ReleaseCommands;
import org.custodian.release.release.ReleaseRegister;
import org.custodian.release.release.ReleaseView;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.ActingCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records each reported use once: the ledger entry and the event commit together, whichever door it came by. */
@Service
class AccessRecorder {

    static final String UNKNOWN_RELEASE = "UNKNOWN_RELEASE";
    private static final Logger LOG = LoggerFactory.getLogger(AccessRecorder.class);

    private final ConsumedEvents consumed;
    private final ReleaseRegister register;
    private final ReleaseCommands commands;
    private final EventGateway events;
    private final AccessTimes times;

    AccessRecorder(ConsumedEvents consumed, ReleaseRegister register, ReleaseCommands commands, EventGateway events,
                   AccessTimes times) {
        this.times = times;
        this.consumed = consumed;
        this.register = register;
        this.commands = commands;
        this.events = events;
    }

    /**
     * The violations of a use seen for the first time (none when it was allowed); empty for a repeat.
     * A use at an impossible time is refused (422) and recorded nowhere.
     */
    @Transactional
    public Optional<List<String>> record(AccessReport report) {
        Optional<ReleaseView> release = register.find(report.releaseId());
        times.requirePossible(report.access(), release);
        if (!consumed.firstDelivery(report.ledger(), ledgerKey(report.accessId()))) {
            return Optional.empty();
        }
        List<String> violations = release.isPresent()
                ? commands.<List<String>>send(report.actor(), report.onBehalfOf(), new RecordAccess(report.releaseId(), report.accessId(), report.access()))
                : unknownRelease(report);
        if (!violations.isEmpty()) {
            Access access = report.access();
            LOG.atWarn().addKeyValue("release_id", report.releaseId()).addKeyValue("researcher_id", access.researcherId())
                    .addKeyValue("dataset_id", access.datasetId()).addKeyValue("access_id", report.accessId())
                    .addKeyValue("violations", violations)
                    .log("Access violation on release {} by {}: {}", report.releaseId(), access.researcherId(), violations);
        }
        return Optional.of(violations);
    }

    // The ledger holds 255 characters; a longer id (an outside source URI and id) is kept as its digest.
    private static String ledgerKey(String accessId) {
        if (accessId.length() <= 255) {
            return accessId;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(accessId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // There is no aggregate to apply this to, so it is published on its own; the event store still
    // holds it, and the outbox sends it like any other.
    private List<String> unknownRelease(AccessReport report) {
        List<String> violations = List.of(UNKNOWN_RELEASE);
        events.publish(GenericEventMessage.asEventMessage(new ReleaseAccessViolated(report.releaseId(), null,
                report.accessId(), report.access(), violations))
                .andMetaData(ActingCommands.metaData(report.actor(), report.onBehalfOf())));
        return violations;
    }
}
