package org.custodian.release.release;

import java.time.Instant;
import java.util.List;

/** An erasure request of a release as its readers see it; {@code certifiedAt} is null while it is open. */
public record ErasureRequestView(
        String erasureRequestId,
        String datasetId,
        String cohort,
        List<String> subjectRefs,
        String reason,
        String causeEventId,
        Instant requestedAt,
        Instant certifiedAt) {
}
