package org.custodian.release.access;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.custodian.contracts.releases.Access;

/** A use of released data as an integration reports it over HTTP: the same facts as {@code access.logged}. */
record AccessBody(
        @NotBlank @Size(max = 128) String researcherId,
        @NotBlank @Size(max = 128) String datasetId,
        @Size(max = 500) List<@NotBlank @Size(max = 100) String> fields,
        @PositiveOrZero Long rows,
        @PositiveOrZero Long bytes,
        @Size(max = 200) String origin,
        @NotNull Instant accessedAt) {

    Access access() {
        return new Access(researcherId, datasetId, fields, rows, bytes, origin, accessedAt);
    }
}
