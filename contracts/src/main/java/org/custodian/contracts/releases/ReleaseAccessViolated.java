package org.custodian.contracts.releases;

import java.util.List;
import org.custodian.contracts.GovernanceEvent;

/**
 * Data was used outside the terms of a release. {@code violations} are stable codes:
 * {@code UNKNOWN_RELEASE}, {@code EXPIRED}, {@code REVOKED}, {@code WRONG_RESEARCHER},
 * {@code DATASET_NOT_RELEASED}, {@code FIELDS_NOT_RELEASED}. For an unknown release there is no
 * request id, and the event is keyed by the release id that was claimed.
 */
public record ReleaseAccessViolated(
        String releaseId,
        String requestId,
        String accessId,
        Access access,
        List<String> violations) implements GovernanceEvent {

    public ReleaseAccessViolated {
        violations = List.copyOf(violations);
    }

    @Override
    public String subject() {
        return requestId != null ? requestId : releaseId;
    }
}
