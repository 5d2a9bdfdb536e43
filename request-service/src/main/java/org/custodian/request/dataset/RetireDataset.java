package org.custodian.request.dataset;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take a dataset out of the catalog for new requests; {@code reason} may be null. */
record RetireDataset(@TargetAggregateIdentifier String datasetId, String reason) {
}
