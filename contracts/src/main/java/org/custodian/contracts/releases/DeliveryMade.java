package org.custodian.contracts.releases;

import java.time.Instant;
import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/**
 * A standing arrangement delivered again: the {@code sequence}-th delivery of a release's schedule,
 * due at {@code scheduledFor} and recorded at {@code madeAt}; none are made after expiry or revocation.
 */
public record DeliveryMade(
        String releaseId,
        String requestId,
        String researcherId,
        List<String> datasets,
        int sequence,
        Instant scheduledFor,
        Instant madeAt) implements GovernanceEvent {

    public DeliveryMade {
        datasets = List.copyOf(datasets);
    }

    @Override
    public String subject() {
        return requestId;
    }
}
