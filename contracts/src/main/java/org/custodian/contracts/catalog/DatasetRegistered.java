package org.custodian.contracts.catalog;

import org.custodian.contracts.GovernanceEvent;

/** A steward added a dataset to the catalog, with the first version of its terms. */
public record DatasetRegistered(String datasetId, String title, String description, int termsVersion,
                                DatasetTerms terms) implements GovernanceEvent {

    @Override
    public String subject() {
        return datasetId;
    }
}
