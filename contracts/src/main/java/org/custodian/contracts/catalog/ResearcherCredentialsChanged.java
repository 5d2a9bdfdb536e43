package org.custodian.contracts.catalog;

import org.custodian.contracts.GovernanceEvent;

/**
 * A researcher's credentials changed (a steward's edit, an expired IRB approval, a signed DSA, leaving
 * the institution); carries the whole new set, so a projection replaces what it held.
 */
public record ResearcherCredentialsChanged(
        String researcherId,
        String institution,
        String country,
        boolean forProfit,
        boolean vetted,
        boolean dsaSigned,
        boolean dpfCertified,
        boolean schoolOfficial,
        IrbApproval irb,
        boolean active,
        String reason) implements GovernanceEvent {

    @Override
    public String subject() {
        return researcherId;
    }
}
