package org.custodian.request.dataset;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.catalog.DatasetTerms;

/** Add a dataset to the catalog with its first terms. */
public record RegisterDataset(@TargetAggregateIdentifier String datasetId, String title, String description,
                              DatasetTerms terms) {
}
