package org.custodian.contracts.releases;

import org.custodian.contracts.GovernanceEvent;

/**
 * An approval did not lead to a release. {@code code} is stable (e.g. {@code DECISION_DENIED},
 * {@code ERASE_BY_MISSING}, {@code ALREADY_ISSUED}); {@code approvalEventId} is the CloudEvents id
 * of the approval that was refused, so the audit log links the two.
 */
public record ReleaseRefused(
        String requestId,
        String researcherId,
        String decisionId,
        String approvalEventId,
        String code,
        String detail) implements GovernanceEvent {

    @Override
    public String subject() {
        return requestId;
    }
}
