package org.custodian.request.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a reviewer posts to declare a conflict of interest. */
record ConflictBody(@NotBlank @Size(max = 2000) String reason) {
}
