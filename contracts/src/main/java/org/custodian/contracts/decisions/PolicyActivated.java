package org.custodian.contracts.decisions;

import java.time.Instant;
import org.custodian.contracts.GovernanceEvent;

/**
 * policy-service began deciding under another policy revision (its rules or its tables changed):
 * {@code previousRevision} (null for the first) was active until {@code activatedAt}. Every live release
 * judged under another revision is then judged again, each a {@code decision.re-evaluated} naming this
 * event as its cause. All activations share one subject, so they stay in order.
 */
public record PolicyActivated(String revision, String previousRevision, Instant activatedAt) implements GovernanceEvent {

    public static final String SUBJECT = "policy";

    @Override
    public String subject() {
        return SUBJECT;
    }
}
