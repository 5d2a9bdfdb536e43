package org.custodian.request.researcher;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.catalog.ResearcherRegistered;

/** Register a researcher with their credentials. */
record RegisterResearcher(@TargetAggregateIdentifier String researcherId, ResearcherRegistered profile) {
}
