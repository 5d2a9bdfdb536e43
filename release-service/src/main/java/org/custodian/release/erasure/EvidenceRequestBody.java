package org.custodian.release.erasure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a steward asks the researcher to show about erasure. */
record EvidenceRequestBody(@NotBlank @Size(max = 2000) String note) {
}
