package org.custodian.release.release;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ErasureDue;
import org.custodian.contracts.releases.ErasureEvidenceRequested;
import org.custodian.contracts.releases.ErasureOverdue;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseRevoked;

/**
 * Data released for one approved request. Issued only when the decision behind the approval was
 * not {@code deny} (invariant 1) and with an erase-by date (invariant 4), and at most once; then
 * every use is judged against its terms, and it expires, may be revoked, and must be erased.
 */
@Aggregate
class Release {

    @AggregateIdentifier
    private String releaseId;
    private String requestId;
    private ReleaseTerms terms;
    private LocalDate eraseBy;
    private ReleaseState state;
    private Instant revokedAt;
    private boolean reminded;
    private boolean erasureDue;
    private boolean overdue;
    private boolean certified;

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
    List<String> handle(RecordAccess command) {
        List<String> violations = AccessPolicy.violations(terms, revokedAt, command.access());
        apply(violations.isEmpty()
                ? new ReleaseAccessed(releaseId, requestId, command.accessId(), command.access())
                : new ReleaseAccessViolated(releaseId, requestId, command.accessId(), command.access(), violations));
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

    @CommandHandler
    void handle(RequestErasureEvidence command) {
        apply(new ErasureEvidenceRequested(releaseId, requestId, terms.researcherId(), command.note(), command.requestedAt()));
    }

    private static void requireIssuable(IssueRelease command) {
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
    void on(ReleaseExpired event) {
        state = ReleaseState.EXPIRED;
    }

    @EventSourcingHandler
    void on(ReleaseRevoked event) {
        state = ReleaseState.REVOKED;
        revokedAt = event.revokedAt();
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
    }
}
