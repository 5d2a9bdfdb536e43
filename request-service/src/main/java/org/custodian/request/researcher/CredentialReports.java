package org.custodian.request.researcher;

import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.InvalidEventException;
import org.custodian.contracts.catalog.DsaSignature;
import org.custodian.contracts.inbound.ConsentWithdrawn;
import org.custodian.contracts.inbound.DsaSigned;
import org.custodian.contracts.inbound.InboundEvent;
import org.custodian.contracts.inbound.IrbExpired;
import org.custodian.contracts.inbound.ResearcherOffboarded;
import org.custodian.request.dataset.ConsentCommands.RecordConsentWithdrawal;
import org.custodian.request.dataset.DatasetCatalog;
import org.custodian.request.researcher.CredentialCommands.RecordDsaSignature;
import org.custodian.request.researcher.CredentialCommands.RecordIrbExpiry;
import org.custodian.request.researcher.CredentialCommands.RecordOffboarding;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.OutsideEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outside reports from the inbound topic (binding {@code inboundEvents}): about researchers (an
 * expired IRB approval, a signed DSA, leaving the institution) and a consent platform's withdrawals,
 * each acted on once per (source, id). Whether posted over HTTP or produced straight to Kafka, each is
 * checked as at the HTTP door; an invalid one is counted and dead-lettered. A withdrawal for a dataset
 * not in the catalog is dead-lettered too.
 */
@Component("inboundEvents")
class CredentialReports implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "request-service.inbound";

    private final CommandGateway commands;
    private final ConsumedEvents consumed;
    private final OutsideEvents outside;
    private final DatasetCatalog catalog;

    CredentialReports(CommandGateway commands, ConsumedEvents consumed, OutsideEvents outside, DatasetCatalog catalog) {
        this.commands = commands;
        this.consumed = consumed;
        this.outside = outside;
        this.catalog = catalog;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = outside.read(message, CONSUMER);
        Optional<Object> command = command(inbound);
        if (command.isPresent() && consumed.firstDelivery(CONSUMER, inbound.deliveryKey())) {
            commands.sendAndWait(ActingCommands.by(inbound.actor(), inbound.onBehalfOf(), command.get()));
        }
    }

    /**
     * The command an inbound report means for a researcher, or for a dataset's consent records (as a
     * catalog {@code consent.withdrawn} naming the report); other types are other services' business.
     */
    private Optional<Object> command(InboundEvent inbound) {
        Record data = inbound.data();
        if (data instanceof ConsentWithdrawn withdrawn) {
            return Optional.of(consentWithdrawal(withdrawn, inbound.cloudEvent().getId()));
        }
        if (data instanceof IrbExpired irb) {
            return Optional.of(new RecordIrbExpiry(irb.researcherId(), irb.reference()));
        }
        if (data instanceof DsaSigned dsa) {
            return Optional.of(new RecordDsaSignature(dsa.researcherId(),
                    new DsaSignature(dsa.version(), dsa.signedOn())));
        }
        if (data instanceof ResearcherOffboarded left) {
            return Optional.of(new RecordOffboarding(left.researcherId(), left.institution()));
        }
        return Optional.empty();
    }

    private RecordConsentWithdrawal consentWithdrawal(ConsentWithdrawn reported, String reportId) {
        if (catalog.find(reported.datasetId()).isEmpty()) {
            throw new InvalidEventException("UNKNOWN_DATASET: consent withdrawn for " + reported.datasetId()
                    + ", which is not in the catalog.");
        }
        return new RecordConsentWithdrawal(reported.datasetId(), new org.custodian.contracts.catalog.ConsentWithdrawn(
                reported.datasetId(), reported.cohort(), reported.subjectRefs(), reported.withdrawnAt(), reportId));
    }
}
