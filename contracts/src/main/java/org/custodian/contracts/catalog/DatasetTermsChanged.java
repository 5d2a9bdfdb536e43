package org.custodian.contracts.catalog;

import org.custodian.contracts.GovernanceEvent;

/** A steward changed a dataset's governance terms; {@code termsVersion} counts up from the registration's 1. */
public record DatasetTermsChanged(String datasetId, int termsVersion, DatasetTerms terms) implements GovernanceEvent {

    @Override
    public String subject() {
        return datasetId;
    }
}
