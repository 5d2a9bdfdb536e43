package org.custodian.contracts.catalog;

import org.custodian.contracts.GovernanceEvent;

/** A steward retired a dataset: no new request may name it; releases already issued from it stay as they are. */
public record DatasetRetired(String datasetId, String reason) implements GovernanceEvent {

    @Override
    public String subject() {
        return datasetId;
    }
}
