package org.custodian.contracts.releases;

import java.time.Instant;
import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/**
 * The researcher of a release must erase the data of some subjects of one dataset (e.g. after
 * {@code consent.withdrawn}, whose id is {@code causeEventId}). An empty {@code subjectRefs} means the
 * whole cohort, or the whole dataset when {@code cohort} is null. Closed by {@code erasure.request-certified}
 * naming {@code erasureRequestId}.
 */
public record ErasureRequested(
        String releaseId,
        String requestId,
        String researcherId,
        String erasureRequestId,
        String datasetId,
        String cohort,
        List<String> subjectRefs,
        String reason,
        String causeEventId,
        Instant requestedAt) implements GovernanceEvent {

    public ErasureRequested {
        subjectRefs = subjectRefs == null ? List.of() : List.copyOf(subjectRefs);
    }

    @Override
    public String subject() {
        return requestId;
    }
}
