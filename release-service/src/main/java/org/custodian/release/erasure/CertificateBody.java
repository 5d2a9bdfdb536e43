package org.custodian.release.erasure;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A researcher's erasure certificate: what was erased, how, when, and their attestation. */
record CertificateBody(
        @NotBlank @Size(max = 2000) String scope,
        @NotBlank @Size(max = 2000) String method,
        @NotNull LocalDate erasedOn,
        @NotBlank @Size(max = 4000) String attestation) {
}
