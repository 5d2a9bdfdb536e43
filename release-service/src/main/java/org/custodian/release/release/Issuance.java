package org.custodian.release.release;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.events.ConsumedEvents;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Turns an approval into a release, once per approval event: the ledger entry and the release commit together. */
@Service
class Issuance {

    static final String CONSUMER = "release-service";
    static final String ACTOR = "release-service";

    private final CommandGateway commands;
    private final ConsumedEvents consumed;

    Issuance(CommandGateway commands, ConsumedEvents consumed) {
        this.commands = commands;
        this.consumed = consumed;
    }

    /** Issues the release of an approval seen for the first time; a refusal rolls back the ledger entry too. */
    @Transactional
    public void issue(String eventId, RequestApproved approval) {
        if (consumed.firstDelivery(CONSUMER, eventId)) {
            commands.sendAndWait(ActingCommands.by(ACTOR, IssueRelease.forApproval(approval)));
        }
    }
}
