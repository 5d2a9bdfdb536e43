package org.custodian.request.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.custodian.contracts.requests.ReviewVote;

/** What a reviewer posts to vote. */
record VoteBody(
        @NotNull @Pattern(regexp = "approve|reject|request_changes", message = "approve, reject or request_changes") String vote,
        @NotBlank @Size(max = 2000) String reason) {

    ReviewVote toVote() {
        return ReviewVote.fromWireName(vote);
    }
}
