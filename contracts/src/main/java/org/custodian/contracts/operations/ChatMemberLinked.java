package org.custodian.contracts.operations;

import org.custodian.contracts.GovernanceEvent;

/** A steward linked a reviewer to a Slack account: a click by that account now votes as that reviewer. */
public record ChatMemberLinked(String reviewerId, String slackUserId) implements GovernanceEvent {

    @Override
    public String subject() {
        return reviewerId;
    }
}
