package org.custodian.release.revocation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A steward's answer to a flagged release: {@code revoke} it or {@code keep} it, and why. */
record FlagResolutionBody(@NotNull @Pattern(regexp = "revoke|keep") String action, @NotBlank @Size(max = 2000) String reason) {

    boolean revokes() {
        return "revoke".equals(action);
    }
}
