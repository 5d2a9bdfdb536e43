package org.custodian.release.release;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.ReleaseIssued;

/**
 * Data released for one approved request. Issued only when the decision behind the approval was
 * not {@code deny} (invariant 1) and with an erase-by date (invariant 4), and at most once.
 */
@Aggregate
class Release {

    @AggregateIdentifier
    private String releaseId;
    private ReleaseState state;

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
        state = ReleaseState.ISSUED;
    }
}
