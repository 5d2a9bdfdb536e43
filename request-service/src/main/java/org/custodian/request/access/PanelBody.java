package org.custodian.request.access;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a steward puts to choose a review's panel from the committee pool; {@code approvalsRequired}
 * absent keeps the quorum the request's committees set.
 */
record PanelBody(
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 128) String> reviewers,
        @Min(1) @Max(50) Integer approvalsRequired) {

    List<String> distinctReviewers() {
        return reviewers.stream().distinct().toList();
    }
}
