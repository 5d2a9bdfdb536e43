package org.custodian.contracts.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/**
 * A researcher's credentials changed (a steward's edit, an expired IRB approval, a signed DSA, leaving
 * the institution); carries the whole new set, so a projection replaces what it held. {@code irb} is
 * written for readers of the first shape of this event: the approval valid longest.
 */
@JsonIgnoreProperties(value = "irb", allowGetters = true)
public record ResearcherCredentialsChanged(
        String researcherId,
        String institution,
        String country,
        boolean forProfit,
        boolean vetted,
        boolean dsaSigned,
        boolean dpfCertified,
        boolean schoolOfficial,
        List<IrbApproval> irbApprovals,
        DsaSignature dsa,
        String slackUserId,
        boolean active,
        String reason) implements GovernanceEvent {

    public ResearcherCredentialsChanged {
        irbApprovals = irbApprovals == null ? List.of() : List.copyOf(irbApprovals);
    }

    @JsonProperty("irb")
    public IrbApproval irb() {
        return IrbApproval.longest(irbApprovals);
    }

    @Override
    public String subject() {
        return researcherId;
    }
}
