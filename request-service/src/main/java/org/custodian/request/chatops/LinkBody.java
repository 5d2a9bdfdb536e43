package org.custodian.request.chatops;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** What a steward puts to link a reviewer to their Slack account. */
record LinkBody(@NotNull @Pattern(regexp = "[UW][A-Z0-9]{2,30}", message = "a Slack user id such as U024BE7LH")
                String slackUserId) {
}
