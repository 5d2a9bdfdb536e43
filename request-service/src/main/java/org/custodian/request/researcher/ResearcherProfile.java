package org.custodian.request.researcher;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.custodian.contracts.catalog.DsaSignature;
import org.custodian.contracts.catalog.IrbApproval;

/** The parts of a steward's researcher body that register and credential edits share. */
final class ResearcherProfile {

    private ResearcherProfile() {
    }

    record Irb(@NotBlank @Size(max = 100) String reference, @NotNull LocalDate expires) {
        IrbApproval approval() {
            return new IrbApproval(reference, expires);
        }
    }

    record Dsa(@NotBlank @Size(max = 50) String version, @NotNull LocalDate signedOn) {
        DsaSignature signature() {
            return new DsaSignature(version, signedOn);
        }
    }

    static List<IrbApproval> approvals(List<Irb> irbApprovals) {
        return irbApprovals == null ? List.of() : irbApprovals.stream().map(Irb::approval).toList();
    }

    static DsaSignature signature(Dsa dsa) {
        return dsa == null ? null : dsa.signature();
    }
}
