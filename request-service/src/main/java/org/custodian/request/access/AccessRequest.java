package org.custodian.request.access;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;

/**
 * A researcher's request for datasets. It is approved only on a decision that is not {@code deny}
 * (invariant 1); a {@code review} decision waits for the committee.
 */
@Aggregate
class AccessRequest {

    @AggregateIdentifier
    private String requestId;
    private String researcherId;
    private List<String> datasets;
    private RequestState state;
    private final Set<String> decisionsSeen = new HashSet<>();

    AccessRequest() {
    }

    @CommandHandler
    AccessRequest(SubmitRequest command) {
        apply(command.request());
    }

    @CommandHandler
    void handle(RecordDecision command) {
        if (decisionsSeen.contains(command.decisionId()) || state.decided()) {
            return;
        }
        apply(new DecisionReceived(requestId, command.decisionId(), command.decision()));
        Decision decision = command.decision();
        if (decision.outcome() == Outcome.DENY) {
            apply(new RequestRejected(requestId, command.decisionId(), decision.reasons()));
        } else if (decision.outcome() == Outcome.ALLOW) {
            apply(new RequestApproved(requestId, researcherId, datasets, command.decisionId(), Outcome.ALLOW,
                    decision.obligations()));
        }
    }

    @EventSourcingHandler
    void on(RequestSubmitted event) {
        requestId = event.requestId();
        researcherId = event.researcherId();
        datasets = event.datasets();
        state = RequestState.SUBMITTED;
    }

    @EventSourcingHandler
    void on(DecisionReceived event) {
        decisionsSeen.add(event.decisionId());
        state = event.decision().outcome() == Outcome.REVIEW ? RequestState.AWAITING_REVIEW : state;
    }

    @EventSourcingHandler
    void on(RequestApproved event) {
        state = RequestState.APPROVED;
    }

    @EventSourcingHandler
    void on(RequestRejected event) {
        state = RequestState.REJECTED;
    }
}
