package org.custodian.request.researcher;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.request.chatops.ChatMembers;
import org.custodian.request.researcher.ResearcherProfile.Dsa;
import org.custodian.request.researcher.ResearcherProfile.Irb;

/**
 * What a steward posts to register a researcher; {@code id} is the subject of the researcher's token. A
 * {@code dsa} given means the agreement is signed.
 */
record RegisterResearcherBody(
        @NotBlank @Size(max = 128) String id,
        @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String institution,
        @NotNull String country,
        boolean forProfit,
        boolean vetted,
        boolean dsaSigned,
        boolean dpfCertified,
        boolean schoolOfficial,
        @Valid @Size(max = 20) List<Irb> irbApprovals,
        @Valid Dsa dsa,
        @Pattern(regexp = ChatMembers.SLACK_USER_ID, message = ChatMembers.SLACK_USER_ID_MESSAGE)
        String slackUserId) {

    ResearcherRegistered toEvent() {
        return new ResearcherRegistered(id, name, institution, country, forProfit, vetted, dsaSigned || dsa != null,
                dpfCertified, schoolOfficial, ResearcherProfile.approvals(irbApprovals), ResearcherProfile.signature(dsa),
                slackUserId);
    }
}
