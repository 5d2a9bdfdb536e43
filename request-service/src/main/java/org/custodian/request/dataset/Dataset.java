package org.custodian.request.dataset;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetRetired;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.custodian.request.dataset.ConsentCommands.RecordConsent;
import org.custodian.request.dataset.ConsentCommands.RecordConsentWithdrawal;

/**
 * A dataset in the catalog; its terms are versioned, each version an event, and so are its committee
 * and the consent held for it. Putting the same terms, or a steward's same
 * consent fact, again records nothing.
 */
@Aggregate
class Dataset {

    @AggregateIdentifier
    private String datasetId;
    private int termsVersion;
    private DatasetTerms terms;
    private Committee committee;
    private final Set<Record> consentFacts = new HashSet<>();
    private boolean retired;

    Dataset() {
    }

    @CommandHandler
    Dataset(RegisterDataset command) {
        apply(new DatasetRegistered(command.datasetId(), command.title(), command.description(), 1, command.terms()));
    }

    @CommandHandler
    int handle(ChangeTerms command) {
        if (!command.terms().equals(terms)) {
            apply(new DatasetTermsChanged(datasetId, termsVersion + 1, command.terms()));
        }
        return termsVersion;
    }

    @CommandHandler
    void handle(ChangeCommittee command) {
        Committee next = command.committee();
        if (!next.equals(committee)) {
            apply(new CommitteeChanged(datasetId, next.reviewers(), next.approvalsRequired(), next.blinded(), next.voting()));
        }
    }

    /** False when the dataset was retired before: retiring twice records nothing. */
    @CommandHandler
    boolean handle(RetireDataset command) {
        if (retired) {
            return false;
        }
        apply(new DatasetRetired(datasetId, command.reason()));
        return true;
    }

    /** False when the same consent was recorded before: a steward's retry records nothing. */
    @CommandHandler
    boolean handle(RecordConsent command) {
        if (consentFacts.contains(command.consent())) {
            return false;
        }
        apply(command.consent());
        return true;
    }

    /** False for a steward's repeat of a recorded withdrawal; reports are deduplicated by their event id upstream. */
    @CommandHandler
    boolean handle(RecordConsentWithdrawal command) {
        ConsentWithdrawn withdrawal = command.withdrawal();
        if (withdrawal.reportedEventId() == null && consentFacts.contains(withdrawal)) {
            return false;
        }
        apply(withdrawal);
        return true;
    }

    @EventSourcingHandler
    void on(DatasetRegistered event) {
        datasetId = event.datasetId();
        termsVersion = event.termsVersion();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(DatasetTermsChanged event) {
        termsVersion = event.termsVersion();
        terms = event.terms();
    }

    @EventSourcingHandler
    void on(CommitteeChanged event) {
        committee = event.committee();
    }

    @EventSourcingHandler
    void on(ConsentRecorded event) {
        consentFacts.add(event);
    }

    @EventSourcingHandler
    void on(DatasetRetired event) {
        retired = true;
    }

    @EventSourcingHandler
    void on(ConsentWithdrawn event) {
        consentFacts.add(event);
    }
}
