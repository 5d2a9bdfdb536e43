package org.custodian.release.release;

import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.releases.ReleaseRefused;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.release.standing.RequestStanding;
import org.custodian.release.standing.RequestStandings;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.GovernanceOutbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an approval into a release, once per approval event, only when the request's latest decision
 * is the one the approval names, is not {@code deny}, and its review quorum was met. A refusal is
 * recorded as {@code release.refused} in the same transaction as the ledger entry, so a replay of a
 * refused approval is neither released nor refused twice.
 */
@Service
class Issuance {

    static final String CONSUMER = "release-service";
    static final String ACTOR = "release-service";

    private final CommandGateway commands;
    private final EventGateway events;
    private final ConsumedEvents consumed;
    private final RequestStandings standings;
    private final ReleaseRegister register;

    Issuance(CommandGateway commands, EventGateway events, ConsumedEvents consumed, RequestStandings standings,
             ReleaseRegister register) {
        this.commands = commands;
        this.events = events;
        this.consumed = consumed;
        this.standings = standings;
        this.register = register;
    }

    /**
     * Issues or refuses an approval seen for the first time; returns the refusal, if any. While no
     * decision on the request is known and {@code lastAttempt} is false it throws {@link DecisionNotYetKnown}
     * (the decision may still be on its way on the other topic) and the ledger entry rolls back.
     */
    @Transactional
    public Optional<ReleaseRefusal> issue(String eventId, RequestApproved approval, boolean lastAttempt) {
        if (!consumed.firstDelivery(CONSUMER, eventId)) {
            return Optional.empty();
        }
        IssueRelease command = IssueRelease.forApproval(approval);
        Optional<ReleaseRefusal> refusal = refusal(command, approval.decisionId(), lastAttempt);
        if (refusal.isPresent()) {
            events.publish(GenericEventMessage.asEventMessage(new ReleaseRefused(approval.requestId(),
                    approval.researcherId(), approval.decisionId(), eventId, refusal.get().reason().name(),
                    refusal.get().getMessage())).andMetaData(Map.of(GovernanceOutbox.ACTOR, ACTOR)));
            return refusal;
        }
        commands.sendAndWait(ActingCommands.by(ACTOR, command));
        return Optional.empty();
    }

    // Checked here rather than only in the aggregate: a command that fails marks the transaction
    // rollback-only, and the refusal must commit with the ledger entry.
    private Optional<ReleaseRefusal> refusal(IssueRelease command, String decisionId, boolean lastAttempt) {
        try {
            Release.requireIssuable(command);
            requireStanding(command.requestId(), decisionId, lastAttempt);
            if (register.find(command.releaseId()).isPresent()) {
                throw new ReleaseRefusal(RefusalReason.ALREADY_ISSUED,
                        "request " + command.requestId() + " has release " + command.releaseId());
            }
            return Optional.empty();
        } catch (ReleaseRefusal refusal) {
            return Optional.of(refusal);
        }
    }

    private void requireStanding(String requestId, String decisionId, boolean lastAttempt) {
        RequestStanding standing = standings.find(requestId).filter(RequestStanding::decided).orElse(null);
        if (standing == null) {
            if (!lastAttempt) {
                throw new DecisionNotYetKnown(requestId);
            }
            throw new ReleaseRefusal(RefusalReason.DECISION_UNKNOWN, "no decision on " + requestId + " was ever made");
        }
        if (!standing.decisionId().equals(decisionId)) {
            throw new ReleaseRefusal(RefusalReason.DECISION_MISMATCH, "the approval of " + requestId + " names decision "
                    + decisionId + " but the latest decision is " + standing.decisionId());
        }
        if (standing.outcome() == Outcome.DENY) {
            throw new ReleaseRefusal(RefusalReason.DECISION_DENIED, "the latest decision on " + requestId + " is deny");
        }
        if (!standing.quorumMet()) {
            throw new ReleaseRefusal(RefusalReason.QUORUM_NOT_MET, "the review of " + requestId + " has "
                    + standing.approvals() + " of " + standing.approvalsRequired() + " approvals required");
        }
    }

    /** The approval came before its decision; retrying later may find it. */
    static final class DecisionNotYetKnown extends RuntimeException {

        DecisionNotYetKnown(String requestId) {
            super("No decision on request " + requestId + " is known yet");
        }
    }
}
