package org.custodian.contracts.releases;

import java.time.LocalDate;
import java.util.List;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.decisions.Obligations;

/** Data was released for an approved request, to be erased by {@code eraseBy}. */
public record ReleaseIssued(
        String releaseId,
        String requestId,
        String researcherId,
        List<String> datasets,
        LocalDate eraseBy,
        Obligations obligations) implements GovernanceEvent {

    public ReleaseIssued {
        datasets = List.copyOf(datasets);
    }

    @Override
    public String subject() {
        return requestId;
    }
}
