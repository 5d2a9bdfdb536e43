package org.custodian.request.access;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
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

    ReleaseNotices(CommandGateway commands) {
        this.commands = commands;
    }

    @EventListener
    void on(InboundEvent inbound) {
        Object command;
        if (inbound.event() instanceof ReleaseRefused refused) {
            command = new RecordReleaseRefusal(refused.requestId(), refused.decisionId(), refused.code(), refused.detail());
        } else if (inbound.event() instanceof ReleaseIssued issued) {
            command = new RecordReleaseIssued(issued.requestId(), issued.releaseId(), issued.eraseBy());
        } else {
            return;
        }
        try {
            commands.sendAndWait(ActingCommands.by(inbound.actor(), command));
        } catch (AggregateNotFoundException unknown) {
            // an approval this service never made (forged or foreign): there is no request to tell
        }
    }
}
