package org.custodian.policy.catalog;

import org.custodian.contracts.catalog.IrbApproval;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;

/**
 * The requester as the policy sees them ({@code input.requester}, DESIGN §5): credentials only, no
 * name. Someone the catalog never registered holds no credential at all.
 */
public record Requester(
        String id,
        String institution,
        String country,
        boolean forProfit,
        boolean vetted,
        boolean dsaSigned,
        boolean dpfCertified,
        boolean schoolOfficial,
        IrbApproval irb) {

    static Requester from(ResearcherRegistered researcher) {
        return new Requester(researcher.researcherId(), researcher.institution(), researcher.country(),
                researcher.forProfit(), researcher.vetted(), researcher.dsaSigned(), researcher.dpfCertified(),
                researcher.schoolOfficial(), researcher.irb());
    }

    static Requester from(ResearcherCredentialsChanged changed) {
        return new Requester(changed.researcherId(), changed.institution(), changed.country(), changed.forProfit(),
                changed.vetted(), changed.dsaSigned(), changed.dpfCertified(), changed.schoolOfficial(), changed.irb());
    }

    static Requester unknown(String id) {
        return new Requester(id, null, null, false, false, false, false, false, null);
    }
}
