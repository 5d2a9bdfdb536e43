package org.custodian.request.access;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseRefused;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.events.InboundEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Puts release-service's answers (a release issued, or refused) on the requests they concern, so the
 * researcher is told. The release intake hands each first delivery on in its own transaction.
 */
@Service
class ReleaseNotices {

    private final CommandGateway commands;
    private final RequestBoard board;

    ReleaseNotices(CommandGateway commands, RequestBoard board) {
        this.commands = commands;
        this.board = board;
    }

    @EventListener
    void on(InboundEvent inbound) {
        Object command;
        String requestId;
        if (inbound.event() instanceof ReleaseRefused refused) {
            requestId = refused.requestId();
            command = new RecordReleaseRefusal(requestId, refused.decisionId(), refused.code(), refused.detail());
        } else if (inbound.event() instanceof ReleaseIssued issued) {
            requestId = issued.requestId();
            command = new RecordReleaseIssued(requestId, issued.releaseId(), issued.eraseBy());
        } else {
            return;
        }
        // A release of a request this service never made (forged or foreign) has nobody to tell. Asked
        // first, not caught: a command failing inside the intake's transaction would roll all of it back.
        if (board.find(requestId).isPresent()) {
            commands.sendAndWait(ActingCommands.by(inbound.actor(), command));
        }
    }
}
