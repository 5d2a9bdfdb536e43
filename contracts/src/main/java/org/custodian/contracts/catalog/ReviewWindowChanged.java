package org.custodian.contracts.catalog;

import org.custodian.contracts.GovernanceEvent;

/** A steward set how many days reviewers have to approve a manuscript from a dataset before it is deemed approved. */
public record ReviewWindowChanged(String datasetId, int windowDays) implements GovernanceEvent {

    @Override
    public String subject() {
        return datasetId;
    }
}
