package org.custodian.contracts.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/**
 * A steward registered a researcher with the credentials the policy checks, the DSA they signed, their
 * IRB approvals (and, deprecated, the Slack user they act as in chat). {@code irb} is written for readers of the first
 * shape of this event: the approval valid longest.
 */
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
        // A detail of request-service's chat adapter that no other service may read (ADR 019).
        @Deprecated String slackUserId) implements GovernanceEvent {

    public ResearcherRegistered {
        irbApprovals = irbApprovals == null ? List.of() : List.copyOf(irbApprovals);
    }

    /** Reads both shapes: events written before {@code irb_approvals} carry their one approval as {@code irb}. */
    @JsonCreator
    static ResearcherRegistered read(@JsonProperty("researcher_id") String researcherId, @JsonProperty("name") String name,
                                     @JsonProperty("institution") String institution, @JsonProperty("country") String country,
                                     @JsonProperty("for_profit") boolean forProfit, @JsonProperty("vetted") boolean vetted,
                                     @JsonProperty("dsa_signed") boolean dsaSigned,
                                     @JsonProperty("dpf_certified") boolean dpfCertified,
                                     @JsonProperty("school_official") boolean schoolOfficial,
                                     @JsonProperty("irb_approvals") List<IrbApproval> irbApprovals,
                                     @JsonProperty("irb") IrbApproval irb, @JsonProperty("dsa") DsaSignature dsa,
                                     @JsonProperty("slack_user_id") String slackUserId) {
        return new ResearcherRegistered(researcherId, name, institution, country, forProfit, vetted, dsaSigned,
                dpfCertified, schoolOfficial, IrbApproval.orFirstShape(irbApprovals, irb), dsa, slackUserId);
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
