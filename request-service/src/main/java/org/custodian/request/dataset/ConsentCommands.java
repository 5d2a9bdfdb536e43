package org.custodian.request.dataset;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.catalog.ConsentWithdrawn;

/** The ways the consent held for a dataset changes. */
public final class ConsentCommands {

    private ConsentCommands() {
    }

    /** A steward records the consent held for the dataset or one cohort of it. */
    record RecordConsent(@TargetAggregateIdentifier String datasetId, ConsentRecorded consent) {
    }

    /** A steward, or a consent platform's report, records that data subjects withdrew consent. */
    public record RecordConsentWithdrawal(@TargetAggregateIdentifier String datasetId, ConsentWithdrawn withdrawal) {
    }
}
