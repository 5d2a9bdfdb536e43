package org.custodian.release.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Many uses of one release reported at once, each with the id that makes a retry of it recognisable. */
record AccessBatchBody(@NotEmpty List<@NotNull @Valid Item> accesses) {

    /** One use, and its {@code access_id}: the same id as an {@code Idempotency-Key} of a single report. */
    record Item(@NotBlank @Size(max = 255) String accessId, @NotNull @Valid AccessBody access) {
    }
}
