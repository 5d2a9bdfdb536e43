package org.custodian.contracts.catalog;

import org.custodian.contracts.GovernanceEvent;

/** A steward registered a researcher with the credentials the policy checks. */
public record ResearcherRegistered(
        String researcherId,
        String name,
        String institution,
        String country,
        boolean forProfit,
        boolean vetted,
        boolean dsaSigned,
        boolean dpfCertified,
        boolean schoolOfficial,
        IrbApproval irb) implements GovernanceEvent {

    @Override
    public String subject() {
        return researcherId;
    }
}
