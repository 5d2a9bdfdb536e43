package org.custodian.release.release;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.DeliveryMade;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ErasureDue;
import org.custodian.contracts.releases.ErasureEvidenceRequested;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ErasureRequestCertified;
import org.custodian.contracts.releases.ErasureRequested;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.custodian.contracts.releases.ReleaseEraseByShortened;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.releases.ReleaseFlagResolved;
import org.custodian.contracts.releases.ReleaseFlagged;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseRevoked;

/**
 * Data released for one approved request. Issued only when the decision behind the approval was
 * not {@code deny} (invariant 1) and with an erase-by date (invariant 4), and at most once; then
 * every use is judged against its terms, and it expires, may be revoked, and must be erased.
 */
@Aggregate(snapshotTriggerDefinition = "releaseSnapshotTrigger")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
class Release {

    @AggregateIdentifier
    private String releaseId;
    private String requestId;
    private ReleaseTerms terms;
    private LocalDate eraseBy;
    private ReleaseState state;
    private Instant revokedAt;
    private Instant erasedAt;
    private boolean reminded;
    private boolean erasureDue;
    private boolean overdue;
    private boolean certified;
    private final Set<String> openErasureRequests = new HashSet<>();
    private final Set<String> closedErasureRequests = new HashSet<>();
    private boolean flagged;
    private Instant lastDeliveryDue;
    private int deliveries;

    Release() {
    }

    // Create-if-missing rather than a constructor handler, so that a second approval for the same
    // request reaches this instance and is refused by name instead of failing in the event store.
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(IssueRelease command) {
        if (state != null) {
            throw new ReleaseRefusal(RefusalReason.ALREADY_ISSUED, "request " + command.requestId() + " has release " + releaseId);
        }
        requireIssuable(command);
        apply(new ReleaseIssued(command.releaseId(), command.requestId(), command.researcherId(), command.datasets(),
                command.obligations().eraseBy(), command.obligations()));
    }

    @CommandHandler
    List<List<String>> handle(RecordAccesses command) {
        return command.accesses().stream().map(this::record).toList();
    }

    private List<String> record(RecordAccesses.Reported reported) {
        List<String> violations = AccessPolicy.violations(terms, revokedAt, erasedAt, reported.access());
        apply(violations.isEmpty()
                ? new ReleaseAccessed(releaseId, requestId, reported.accessId(), reported.access())
                : new ReleaseAccessViolated(releaseId, requestId, reported.accessId(), reported.access(), violations));
        return violations;
    }

    // Deadlines may be delivered more than once; only the first one that still matters is recorded.
    @CommandHandler
    void handle(ExpireRelease command) {
        if (state == ReleaseState.ISSUED) {
            apply(new ReleaseExpired(releaseId, requestId, command.expiredAt()));
        }
    }

    @CommandHandler
    void handle(RevokeRelease command) {
        if (state == ReleaseState.REVOKED) {
            throw new ReleaseRuleBroken(ReleaseRuleBroken.ALREADY_REVOKED, "Release " + releaseId + " was already revoked.");
        }
        if (state == ReleaseState.EXPIRED) {
            throw new ReleaseRuleBroken(ReleaseRuleBroken.RELEASE_EXPIRED, "Release " + releaseId + " has already expired.");
        }
        apply(new ReleaseRevoked(releaseId, requestId, command.reason(), command.revokedAt()));
    }

    // Only ever earlier (invariant 10), and only while the data is held under this release.
    @CommandHandler
    void handle(ShortenEraseBy command) {
        if (state == ReleaseState.ISSUED && !certified && command.eraseBy().isBefore(eraseBy)) {
            apply(new ReleaseEraseByShortened(releaseId, requestId, terms.researcherId(), eraseBy, command.eraseBy(),
                    command.reason(), command.causeEventId(), command.shortenedAt()));
        }
    }

    // A release already flagged, or no longer live, has nothing to add.
    @CommandHandler
    void handle(FlagRelease command) {
        if (state == ReleaseState.ISSUED && !flagged) {
            apply(new ReleaseFlagged(releaseId, requestId, terms.researcherId(), command.reason(), command.causeEventId(),
                    command.flaggedAt()));
        }
    }

    @CommandHandler
    void handle(ResolveFlag command) {
        if (!flagged) {
            throw new ReleaseRuleBroken(ReleaseRuleBroken.NOT_FLAGGED, "Release " + releaseId + " is not flagged for a steward.");
        }
        if (command.revoke() && state == ReleaseState.EXPIRED) {
            throw new ReleaseRuleBroken(ReleaseRuleBroken.RELEASE_EXPIRED, "Release " + releaseId + " has already expired.");
        }
        apply(new ReleaseFlagResolved(releaseId, requestId, command.revoke() ? "revoke" : "keep", command.reason(),
                command.resolvedAt()));
        if (command.revoke()) {
            apply(new ReleaseRevoked(releaseId, requestId, command.reason(), command.resolvedAt()));
        }
    }

    @CommandHandler
    void handle(FlagErasureDue command) {
        if (!certified && !(command.reminder() ? reminded : erasureDue)) {
            apply(new ErasureDue(releaseId, requestId, terms.researcherId(), eraseBy, command.reminder()));
        }
    }

    @CommandHandler
    void handle(FlagErasureOverdue command) {
        if (!certified && !overdue) {
            apply(new ErasureOverdue(releaseId, requestId, terms.researcherId(), eraseBy, command.graceEndedAt()));
        }
    }

    @CommandHandler
    void handle(CertifyErasure command) {
        if (!terms.researcherId().equals(command.researcherId())) {
            throw new ReleaseRuleBroken(ReleaseRuleBroken.NOT_THE_RESEARCHER,
                    "Only the researcher of release " + releaseId + " can certify its erasure.");
        }
        if (certified) {
            throw new ReleaseRuleBroken(ReleaseRuleBroken.ALREADY_CERTIFIED, "The erasure of release " + releaseId + " is already certified.");
        }
        apply(new ErasureCertified(releaseId, requestId, terms.researcherId(), command.scope(), command.method(),
                command.erasedOn(), command.attestation(), command.certifiedAt()));
    }

    // Asked again for the same request id (a redelivered withdrawal), nothing new is recorded.
    @CommandHandler
    void handle(RequestSubjectErasure command) {
        boolean known = openErasureRequests.contains(command.erasureRequestId())
                || closedErasureRequests.contains(command.erasureRequestId());
        if (!known && terms.datasets().contains(command.datasetId())) {
            apply(new ErasureRequested(releaseId, requestId, terms.researcherId(), command.erasureRequestId(),
                    command.datasetId(), command.cohort(), command.subjectRefs(), command.reason(), command.causeEventId(),
                    command.requestedAt()));
        }
    }

    @CommandHandler
    void handle(CertifyErasureRequest command) {
        if (!terms.researcherId().equals(command.researcherId())) {
            throw new ReleaseRuleBroken(ReleaseRuleBroken.NOT_THE_RESEARCHER,
                    "Only the researcher of release " + releaseId + " can certify its erasure.");
        }
        if (closedErasureRequests.contains(command.erasureRequestId())) {
            throw new ReleaseRuleBroken(ReleaseRuleBroken.ALREADY_CERTIFIED,
                    "Erasure request " + command.erasureRequestId() + " is already certified.");
        }
        if (!openErasureRequests.contains(command.erasureRequestId())) {
            throw new ReleaseRuleBroken(ReleaseRuleBroken.UNKNOWN_ERASURE_REQUEST,
                    "Release " + releaseId + " has no erasure request " + command.erasureRequestId() + ".");
        }
        apply(new ErasureRequestCertified(releaseId, requestId, terms.researcherId(), command.erasureRequestId(),
                command.scope(), command.method(), command.erasedOn(), command.attestation(), command.certifiedAt()));
    }

    // A delivery falls due only while the release is in use and before it expires, and each due time
    // once: a deadline fired twice (after a crash, say) yields one delivery.
    @CommandHandler
    void handle(MakeDelivery command) {
        boolean fresh = lastDeliveryDue == null || command.scheduledFor().isAfter(lastDeliveryDue);
        if (state == ReleaseState.ISSUED && fresh && command.scheduledFor().isBefore(terms.expiresAt())) {
            apply(new DeliveryMade(releaseId, requestId, terms.researcherId(), terms.datasets(), deliveries + 1,
                    command.scheduledFor(), command.madeAt()));
        }
    }

    @CommandHandler
    void handle(RequestErasureEvidence command) {
        apply(new ErasureEvidenceRequested(releaseId, requestId, terms.researcherId(), command.note(), command.requestedAt()));
    }

    static void requireIssuable(IssueRelease command) {
        if (command.decisionOutcome() == null) {
            throw new ReleaseRefusal(RefusalReason.DECISION_MISSING, "the approval of " + command.requestId() + " names no decision outcome");
        }
        if (command.decisionOutcome() == Outcome.DENY) {
            throw new ReleaseRefusal(RefusalReason.DECISION_DENIED, "the decision on " + command.requestId() + " was deny");
        }
        if (command.obligations() == null) {
            throw new ReleaseRefusal(RefusalReason.OBLIGATIONS_MISSING, "the approval of " + command.requestId() + " carries no obligations");
        }
        if (command.obligations().eraseBy() == null) {
            throw new ReleaseRefusal(RefusalReason.ERASE_BY_MISSING, "the approval of " + command.requestId() + " carries no erase-by date");
        }
    }

    @EventSourcingHandler
    void on(ReleaseIssued event) {
        releaseId = event.releaseId();
        requestId = event.requestId();
        eraseBy = event.eraseBy();
        terms = new ReleaseTerms(event.researcherId(), event.datasets(), event.obligations() == null ? List.of()
                : event.obligations().fields(), ReleaseCalendar.expiresAt(event.eraseBy()));
        state = ReleaseState.ISSUED;
    }

    @EventSourcingHandler
    void on(ReleaseEraseByShortened event) {
        eraseBy = event.eraseBy();
        terms = new ReleaseTerms(terms.researcherId(), terms.datasets(), terms.fields(),
                ReleaseCalendar.expiresAt(event.eraseBy()));
    }

    @EventSourcingHandler
    void on(ReleaseExpired event) {
        state = ReleaseState.EXPIRED;
    }

    @EventSourcingHandler
    void on(ReleaseRevoked event) {
        state = ReleaseState.REVOKED;
        revokedAt = event.revokedAt();
        flagged = false;
    }

    @EventSourcingHandler
    void on(ReleaseFlagged event) {
        flagged = true;
    }

    @EventSourcingHandler
    void on(ReleaseFlagResolved event) {
        flagged = false;
    }

    @EventSourcingHandler
    void on(ErasureDue event) {
        if (event.reminder()) {
            reminded = true;
        } else {
            erasureDue = true;
        }
    }

    @EventSourcingHandler
    void on(ErasureOverdue event) {
        overdue = true;
    }

    @EventSourcingHandler
    void on(ErasureCertified event) {
        certified = true;
        erasedAt = ReleaseCalendar.erasedAt(event.erasedOn(), event.certifiedAt());
    }

    @EventSourcingHandler
    void on(ErasureRequested event) {
        openErasureRequests.add(event.erasureRequestId());
    }

    @EventSourcingHandler
    void on(ErasureRequestCertified event) {
        openErasureRequests.remove(event.erasureRequestId());
        closedErasureRequests.add(event.erasureRequestId());
    }

    @EventSourcingHandler
    void on(DeliveryMade event) {
        lastDeliveryDue = event.scheduledFor();
        deliveries = event.sequence();
    }
}
