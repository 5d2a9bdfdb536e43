package org.custodian.request.dataset;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Set who reviews requests for a dataset, and how. */
record ChangeCommittee(@TargetAggregateIdentifier String datasetId, Committee committee) {
}
