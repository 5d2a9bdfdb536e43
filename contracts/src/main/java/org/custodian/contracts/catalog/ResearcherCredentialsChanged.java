package org.custodian.contracts.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/**
 * A researcher's credentials changed (a steward's edit, an expired IRB approval, a signed DSA, leaving
 * the institution); carries the whole new set, so a projection replaces what it held. {@code irb} is
 * written for readers of the first shape of this event: the approval valid longest.
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
        List<IrbApproval> irbApprovals,
        DsaSignature dsa,
        // A detail of request-service's chat adapter that no other service may read (ADR 019).
        @Deprecated String slackUserId,
        boolean active,
        String reason) implements GovernanceEvent {

    public ResearcherCredentialsChanged {
        irbApprovals = irbApprovals == null ? List.of() : List.copyOf(irbApprovals);
    }

    /** Reads both shapes: events written before {@code irb_approvals} carry their one approval as {@code irb}. */
    @JsonCreator
    static ResearcherCredentialsChanged read(
            @JsonProperty("researcher_id") String researcherId, @JsonProperty("institution") String institution,
            @JsonProperty("country") String country, @JsonProperty("for_profit") boolean forProfit,
            @JsonProperty("vetted") boolean vetted, @JsonProperty("dsa_signed") boolean dsaSigned,
            @JsonProperty("dpf_certified") boolean dpfCertified, @JsonProperty("school_official") boolean schoolOfficial,
            @JsonProperty("irb_approvals") List<IrbApproval> irbApprovals, @JsonProperty("irb") IrbApproval irb,
            @JsonProperty("dsa") DsaSignature dsa, @JsonProperty("slack_user_id") String slackUserId,
            @JsonProperty("active") boolean active, @JsonProperty("reason") String reason) {
        return new ResearcherCredentialsChanged(researcherId, institution, country, forProfit, vetted, dsaSigned,
                dpfCertified, schoolOfficial, IrbApproval.orFirstShape(irbApprovals, irb), dsa, slackUserId, active, reason);
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
