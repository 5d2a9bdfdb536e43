package org.custodian.request.researcher;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.custodian.contracts.catalog.IrbApproval;
import org.custodian.contracts.catalog.ResearcherRegistered;

/** What a steward posts to register a researcher; {@code id} is the subject of the researcher's token. */
record RegisterResearcherBody(
        @NotBlank @Size(max = 128) String id,
        @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String institution,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "an ISO 3166 alpha-2 code") String country,
        boolean forProfit,
        boolean vetted,
        boolean dsaSigned,
        boolean dpfCertified,
        boolean schoolOfficial,
        @Valid Irb irb) {

    record Irb(@NotBlank @Size(max = 100) String reference, @NotNull LocalDate expires) {
    }

    ResearcherRegistered toEvent() {
        IrbApproval approval = irb == null ? null : new IrbApproval(irb.reference(), irb.expires());
        return new ResearcherRegistered(id, name, institution, country, forProfit, vetted, dsaSigned, dpfCertified,
                schoolOfficial, approval);
    }
}
