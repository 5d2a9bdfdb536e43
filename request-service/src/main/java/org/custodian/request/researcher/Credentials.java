package org.custodian.request.researcher;

import org.custodian.contracts.catalog.IrbApproval;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;

/** What the policy checks about a researcher, as one value the aggregate can compare and replace. */
record Credentials(String institution, String country, boolean forProfit, boolean vetted, boolean dsaSigned,
                   boolean dpfCertified, boolean schoolOfficial, IrbApproval irb, boolean active) {

    static Credentials of(ResearcherRegistered event) {
        return new Credentials(event.institution(), event.country(), event.forProfit(), event.vetted(),
                event.dsaSigned(), event.dpfCertified(), event.schoolOfficial(), event.irb(), true);
    }

    static Credentials of(ResearcherCredentialsChanged event) {
        return new Credentials(event.institution(), event.country(), event.forProfit(), event.vetted(),
                event.dsaSigned(), event.dpfCertified(), event.schoolOfficial(), event.irb(), event.active());
    }

    ResearcherCredentialsChanged changed(String researcherId, String reason) {
        return new ResearcherCredentialsChanged(researcherId, institution, country, forProfit, vetted, dsaSigned,
                dpfCertified, schoolOfficial, irb, active, reason);
    }

    Credentials withoutIrb() {
        return new Credentials(institution, country, forProfit, vetted, dsaSigned, dpfCertified, schoolOfficial, null, active);
    }

    Credentials withDsaSigned() {
        return new Credentials(institution, country, forProfit, vetted, true, dpfCertified, schoolOfficial, irb, active);
    }

    /** Leaving the institution ends the vetting that rested on it. */
    Credentials offboarded() {
        return new Credentials(institution, country, forProfit, false, dsaSigned, dpfCertified, schoolOfficial, irb, false);
    }
}
