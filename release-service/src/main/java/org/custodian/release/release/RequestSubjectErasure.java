package org.custodian.release.release;

import java.time.Instant;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Ask the researcher of a release to erase the data of some subjects of one dataset (e.g. after consent was withdrawn). */
public record RequestSubjectErasure(
        @TargetAggregateIdentifier String releaseId,
        String erasureRequestId,
        String datasetId,
        String cohort,
        List<String> subjectRefs,
        String reason,
        String causeEventId,
        Instant requestedAt) {
}
