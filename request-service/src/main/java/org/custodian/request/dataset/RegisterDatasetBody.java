package org.custodian.request.dataset;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.custodian.contracts.catalog.DatasetTerms;

/** What a steward posts to add a dataset. */
record RegisterDatasetBody(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,63}", message = "lower-case letters, digits and dashes") String id,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 4000) String description,
        @NotNull DatasetTerms terms) {
}
