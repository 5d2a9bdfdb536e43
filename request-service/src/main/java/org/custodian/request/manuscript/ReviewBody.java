package org.custodian.request.manuscript;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a reviewer posts to review a manuscript. */
record ReviewBody(
        @NotNull @Pattern(regexp = "approve|require_changes", message = "approve or require_changes") String verdict,
        @NotBlank @Size(max = 4000) String comment) {

    ManuscriptVerdict toVerdict() {
        return ManuscriptVerdict.fromWireName(verdict);
    }
}
