package org.custodian.request.dataset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.catalog.ConsentWithdrawn;

/** What a steward posts about consent; {@code cohort} null means the whole dataset. */
final class ConsentBodies {

    private ConsentBodies() {
    }

    /** The consent held: its basis, for how many subjects, as of when. */
    record Recorded(@Size(min = 1, max = 100) String cohort,
                    @NotBlank @Size(max = 100) String basis,
                    @NotNull @Min(0) @Max(1_000_000_000) Integer subjects,
                    @NotNull Instant recordedAt) {

        ConsentRecorded toEvent(String datasetId) {
            return new ConsentRecorded(datasetId, cohort, basis, subjects, recordedAt);
        }
    }

    /** Subjects who withdrew consent; none named means the whole cohort (or dataset). */
    record Withdrawn(@Size(min = 1, max = 100) String cohort,
                     @Size(max = 2000) List<@NotBlank @Size(max = 128) String> subjectRefs,
                     @NotNull Instant withdrawnAt) {

        ConsentWithdrawn toEvent(String datasetId) {
            return new ConsentWithdrawn(datasetId, cohort, subjectRefs, withdrawnAt, null);
        }
    }
}
