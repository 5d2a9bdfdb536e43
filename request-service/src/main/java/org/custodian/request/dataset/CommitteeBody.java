package org.custodian.request.dataset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What a steward puts to set a dataset's committee; {@code reviewers} are token subjects of reviewers. */
record CommitteeBody(
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 128) String> reviewers,
        @Min(1) @Max(50) Integer approvalsRequired,
        Boolean blinded) {

    Committee toCommittee() {
        return new Committee(reviewers, approvalsRequired == null ? Committee.DEFAULT_APPROVALS : approvalsRequired,
                blinded != null && blinded);
    }
}
