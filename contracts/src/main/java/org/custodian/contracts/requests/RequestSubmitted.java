package org.custodian.contracts.requests;

import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/** A researcher asked for datasets, for a purpose, for a period, to be processed in a place. */
public record RequestSubmitted(
        String requestId,
        String researcherId,
        List<String> datasets,
        Purpose purpose,
        List<String> fields,
        int durationDays,
        String processingCountry,
        String accessMode,
        int publisherRetentionYears) implements GovernanceEvent {

    public RequestSubmitted {
        datasets = List.copyOf(datasets);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    @Override
    public String subject() {
        return requestId;
    }
}
