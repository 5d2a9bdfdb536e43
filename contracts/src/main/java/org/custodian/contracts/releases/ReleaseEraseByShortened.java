package org.custodian.contracts.releases;

import java.time.Instant;
import java.time.LocalDate;
import org.custodian.contracts.GovernanceEvent;

/**
 * A live release must be erased sooner: the decision it rests on was re-evaluated ({@code causeEventId})
 * to an earlier erase-by date, such as a dataset's retention shortened. The release stays lawful to
 * use until {@code eraseBy}; an erase-by date is never moved later.
 */
public record ReleaseEraseByShortened(
        String releaseId,
        String requestId,
        String researcherId,
        LocalDate previousEraseBy,
        LocalDate eraseBy,
        String reason,
        String causeEventId,
        Instant shortenedAt) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
