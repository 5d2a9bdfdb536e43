package org.custodian.contracts.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/**
 * A steward registered a researcher with the credentials the policy checks, the DSA they signed, their
 * IRB approvals and the Slack user they act as in chat. {@code irb} is written for readers of the first
 * shape of this event: the approval valid longest.
 */
@JsonIgnoreProperties(value = "irb", allowGetters = true)
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
        List<IrbApproval> irbApprovals,
        DsaSignature dsa,
        String slackUserId) implements GovernanceEvent {

    public ResearcherRegistered {
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
