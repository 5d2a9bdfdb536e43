package org.custodian.request.dataset;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.catalog.DatasetTerms;

/** Replace a dataset's governance terms with a new version. */
record ChangeTerms(@TargetAggregateIdentifier String datasetId, DatasetTerms terms) {
}
