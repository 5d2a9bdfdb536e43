package org.custodian.release.revocation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a steward withdraws a release. */
record RevocationBody(@NotBlank @Size(max = 2000) String reason) {
}
