package org.custodian.release.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.custodian.contracts.releases.Access;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.release.release.RecordAccesses;
import org.custodian.release.release.ReleaseCommands;
import org.custodian.release.release.ReleaseRegister;
import org.custodian.release.release.ReleaseView;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.problem.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;

    AccessRecorder(ConsumedEvents consumed, ReleaseRegister register, ReleaseCommands commands, EventGateway events,
                   AccessTimes times, JdbcClient jdbc) {
        this.jdbc = jdbc;
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
        AccessOutcome outcome = recordAll(List.of(report)).get(0);
        if (outcome.refusal() != null) {
            throw outcome.refusal();
        }
        return Optional.ofNullable(outcome.violations());
    }

    /**
     * Reports of one release, from one reporter by one door, in one transaction and one load of the release:
     * each answered in order. A repeat (of an earlier call or within these) is recorded once.
     */
    @Transactional
    public List<AccessOutcome> recordAll(List<AccessReport> reports) {
        AccessReport first = reports.get(0);
        if (reports.stream().anyMatch(report -> !first.sameReporterAndRelease(report))) {
            throw new IllegalArgumentException("A batch of access reports has one release, reporter and door");
        }
        reportsOfOneReleaseInTurn(first.releaseId());
        Optional<ReleaseView> release = register.find(first.releaseId());
        AccessOutcome[] outcomes = new AccessOutcome[reports.size()];
        Map<String, Integer> candidates = new LinkedHashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            AccessReport report = reports.get(i);
            Optional<RuleViolation> refusal = times.refusal(report.access(), release);
            if (refusal.isPresent()) {
                outcomes[i] = AccessOutcome.refused(report.accessId(), refusal.get());
            } else if (candidates.putIfAbsent(ledgerKey(report.accessId()), i) != null) {
                outcomes[i] = AccessOutcome.duplicate(report.accessId());
            }
        }
        Set<String> firstSeen = consumed.firstDeliveries(first.ledger(), candidates.keySet());
        List<AccessReport> fresh = new ArrayList<>();
        List<Integer> freshAt = new ArrayList<>();
        candidates.forEach((key, i) -> {
            if (firstSeen.contains(key)) {
                fresh.add(reports.get(i));
                freshAt.add(i);
            } else {
                outcomes[i] = AccessOutcome.duplicate(reports.get(i).accessId());
            }
        });
        List<List<String>> violations = fresh.isEmpty() ? List.of() : release.isPresent()
                ? commands.<List<List<String>>>send(first.actor(), first.onBehalfOf(), new RecordAccesses(first.releaseId(),
                        fresh.stream().map(report -> new RecordAccesses.Reported(report.accessId(), report.access())).toList()))
                : unknownRelease(fresh);
        for (int j = 0; j < fresh.size(); j++) {
            outcomes[freshAt.get(j)] = AccessOutcome.recorded(fresh.get(j).accessId(), violations.get(j));
            warnOf(fresh.get(j), violations.get(j));
        }
        return List.of(outcomes);
    }

    /**
     * Waits for any other report of the release to commit. The command joins this transaction, so the
     * release's lock in Axon ends before the commit: without this, two reports at once both load the
     * release as it was and both append the same sequence number, and one fails.
     */
    private void reportsOfOneReleaseInTurn(String releaseId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(?))").param("release-accesses " + releaseId).query().singleRow();
    }

    private static void warnOf(AccessReport report, List<String> violations) {
        if (!violations.isEmpty()) {
            Access access = report.access();
            LOG.atWarn().addKeyValue("release_id", report.releaseId()).addKeyValue("researcher_id", access.researcherId())
                    .addKeyValue("dataset_id", access.datasetId()).addKeyValue("access_id", report.accessId())
                    .addKeyValue("violations", violations)
                    .log("Access violation on release {} by {}: {}", report.releaseId(), access.researcherId(), violations);
        }
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

    // There is no aggregate to apply these to, so they are published on their own; the event store still
    // holds them, and the outbox sends them like any other.
    private List<List<String>> unknownRelease(List<AccessReport> reports) {
        List<String> violations = List.of(UNKNOWN_RELEASE);
        events.publish(reports.stream().map(report -> GenericEventMessage.asEventMessage(new ReleaseAccessViolated(
                        report.releaseId(), null, report.accessId(), report.access(), violations))
                .andMetaData(ActingCommands.metaData(report.actor(), report.onBehalfOf()))).toList());
        return reports.stream().map(report -> violations).toList();
    }
}
