package org.custodian.request.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.custodian.contracts.requests.Purpose;
import org.custodian.contracts.requests.RequestSubmitted;

/**
 * What a researcher posts to ask for data (the {@code request} of DESIGN §5's policy input). Its shape is
 * checked here (400); its codes, country, access mode and fields against the policy's vocabulary and the
 * requested datasets when submitted (422 {@code UNKNOWN_TERM}).
 */
record SubmitRequestBody(
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 64) String> datasets,
        @NotNull @Valid PurposeBody purpose,
        @Size(max = 200) List<@NotBlank @Size(max = 100) String> fields,
        @NotNull @Min(1) @Max(3650) Integer durationDays,
        @NotBlank @Size(max = 64) String processingCountry,
        @NotBlank @Size(max = 64) String accessMode,
        @Min(0) @Max(100) Integer publisherRetentionYears) {

    record PurposeBody(
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 64) String> codes,
            @Size(max = 100) String disease,
            boolean commercial,
            boolean methodsDevelopment,
            boolean populationOrigins,
            @NotBlank @Size(max = 4000) String statement) {
    }

    RequestSubmitted toEvent(RequestId id, String researcherId) {
        Purpose stated = new Purpose(purpose.codes(), purpose.disease(), purpose.commercial(),
                purpose.methodsDevelopment(), purpose.populationOrigins(), purpose.statement());
        return new RequestSubmitted(id.value(), researcherId, datasets, stated, fields, durationDays, processingCountry,
                accessMode, publisherRetentionYears == null ? 0 : publisherRetentionYears);
    }
}
