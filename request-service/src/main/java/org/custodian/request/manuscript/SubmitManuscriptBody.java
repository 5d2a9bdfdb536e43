package org.custodian.request.manuscript;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a researcher posts to submit a manuscript written from one of their releases. */
record SubmitManuscriptBody(
        @NotBlank @Size(max = 128) String releaseId,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 10_000) String abstractText,
        @Size(max = 300) String venue,
        @NotBlank @Pattern(regexp = "sha256:[0-9a-f]{64}", message = "sha256: and 64 lower-case hex digits") String documentDigest) {
}
