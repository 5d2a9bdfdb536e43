package org.custodian.contracts.requests;

import java.time.LocalDate;
import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/**
 * A researcher submitted a manuscript written from a release. {@code review} is the datasets'
 * publication review ({@code approval}, {@code notify} or {@code none}); {@code reviewDueBy} is the end of
 * the approval window (null unless {@code approval}), after which silence counts as approval.
 */
public record ManuscriptSubmitted(
        String manuscriptId,
        String releaseId,
        String requestId,
        String researcherId,
        List<String> datasetIds,
        String title,
        String abstractText,
        String venue,
        String documentDigest,
        String review,
        LocalDate reviewDueBy,
        List<String> reviewerIds) implements GovernanceEvent {

    public ManuscriptSubmitted {
        datasetIds = datasetIds == null ? List.of() : List.copyOf(datasetIds);
        reviewerIds = reviewerIds == null ? List.of() : List.copyOf(reviewerIds);
    }

    @Override
    public String subject() {
        return manuscriptId;
    }
}
