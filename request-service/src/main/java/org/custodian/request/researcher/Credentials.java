package org.custodian.request.researcher;

import java.util.List;
import org.custodian.contracts.catalog.DsaSignature;
import org.custodian.contracts.catalog.IrbApproval;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;

/**
 * What the policy checks about a researcher, with the DSA they signed and the Slack user they act as,
 * as one value the aggregate can compare and replace.
 */
record Credentials(String institution, String country, boolean forProfit, boolean vetted, boolean dsaSigned,
                   boolean dpfCertified, boolean schoolOfficial, List<IrbApproval> irbApprovals, DsaSignature dsa,
                   String slackUserId, boolean active) {

    Credentials {
        irbApprovals = List.copyOf(irbApprovals);
    }

    static Credentials of(ResearcherRegistered event) {
        return new Credentials(event.institution(), event.country(), event.forProfit(), event.vetted(),
                event.dsaSigned(), event.dpfCertified(), event.schoolOfficial(), event.irbApprovals(), event.dsa(),
                event.slackUserId(), true);
    }

    static Credentials of(ResearcherCredentialsChanged event) {
        return new Credentials(event.institution(), event.country(), event.forProfit(), event.vetted(),
                event.dsaSigned(), event.dpfCertified(), event.schoolOfficial(), event.irbApprovals(), event.dsa(),
                event.slackUserId(), event.active());
    }

    ResearcherCredentialsChanged changed(String researcherId, String reason) {
        return new ResearcherCredentialsChanged(researcherId, institution, country, forProfit, vetted, dsaSigned,
                dpfCertified, schoolOfficial, irbApprovals, dsa, slackUserId, active, reason);
    }

    /** Without the approval an IRB system reported as no longer valid. */
    Credentials withoutIrb(String reference) {
        return new Credentials(institution, country, forProfit, vetted, dsaSigned, dpfCertified, schoolOfficial,
                irbApprovals.stream().filter(approval -> !approval.reference().equals(reference)).toList(), dsa,
                slackUserId, active);
    }

    Credentials withDsa(DsaSignature signature) {
        return new Credentials(institution, country, forProfit, vetted, true, dpfCertified, schoolOfficial,
                irbApprovals, signature, slackUserId, active);
    }

    Credentials withoutSlackUser() {
        return new Credentials(institution, country, forProfit, vetted, dsaSigned, dpfCertified, schoolOfficial,
                irbApprovals, dsa, null, active);
    }

    /** Leaving the institution ends the vetting that rested on it. */
    Credentials offboarded() {
        return new Credentials(institution, country, forProfit, false, dsaSigned, dpfCertified, schoolOfficial,
                irbApprovals, dsa, slackUserId, false);
    }
}
