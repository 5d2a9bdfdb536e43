package org.custodian.request.researcher;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Compliance erased the researcher's personal data (the personal-data.erased event {@code erasureEventId}). */
record ForgetPersonalData(@TargetAggregateIdentifier String researcherId, String erasureEventId) {
}
