package org.custodian.request.access;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.custodian.contracts.releases.ReleaseRefused;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.events.InboundEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Puts release-service's refusals on the requests they concern, so the researcher is told. The
 * release intake hands each first delivery of {@code release.refused} on in its own transaction.
 */
@Service
class ReleaseRefusals {

    private final CommandGateway commands;

    ReleaseRefusals(CommandGateway commands) {
        this.commands = commands;
    }

    @EventListener
    void on(InboundEvent inbound) {
        if (!(inbound.event() instanceof ReleaseRefused refused)) {
            return;
        }
        try {
            commands.sendAndWait(ActingCommands.by(inbound.actor(), new RecordReleaseRefusal(refused.requestId(),
                    refused.decisionId(), refused.code(), refused.detail())));
        } catch (AggregateNotFoundException unknown) {
            // an approval this service never made (forged or foreign): there is no request to tell
        }
    }
}
