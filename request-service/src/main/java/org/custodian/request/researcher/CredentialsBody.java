package org.custodian.request.researcher;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.custodian.contracts.catalog.IrbApproval;

/** What a steward puts to set a researcher's credentials anew. */
record CredentialsBody(
        @NotBlank @Size(max = 200) String institution,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166 alpha-2 code") String country,
        boolean forProfit,
        boolean vetted,
        boolean dsaSigned,
        boolean dpfCertified,
        boolean schoolOfficial,
        @Valid RegisterResearcherBody.Irb irb,
        Boolean active) {

    Credentials toCredentials() {
        IrbApproval approval = irb == null ? null : new IrbApproval(irb.reference(), irb.expires());
        return new Credentials(institution, country, forProfit, vetted, dsaSigned, dpfCertified, schoolOfficial,
                approval, active == null || active);
    }
}
