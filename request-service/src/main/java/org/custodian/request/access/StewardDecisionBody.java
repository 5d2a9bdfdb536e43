package org.custodian.request.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.custodian.contracts.requests.ReviewVote;

/** What a steward posts to decide a stalled review in place of its panel. */
record StewardDecisionBody(
        @NotNull @Pattern(regexp = "approve|reject|request_changes", message = "approve, reject or request_changes") String decision,
        @NotBlank @Size(max = 2000) String reason) {

    ReviewVote toVote() {
        return ReviewVote.fromWireName(decision);
    }
}
