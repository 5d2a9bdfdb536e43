package org.custodian.request.chatops;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** What a steward puts to link a reviewer to their Slack account. */
record LinkBody(@NotNull @Pattern(regexp = ChatMembers.SLACK_USER_ID,
                message = ChatMembers.SLACK_USER_ID_MESSAGE)
                String slackUserId) {
}
