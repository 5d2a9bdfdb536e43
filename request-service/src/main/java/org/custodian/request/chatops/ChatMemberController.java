package org.custodian.request.chatops;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.custodian.contracts.operations.ChatMemberLinked;
import org.custodian.request.config.GovernanceChanges;
import org.custodian.support.security.Caller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stewards link reviewers to their chat accounts, so that a click in Slack votes as the right reviewer. */
@RestController
@Validated
@RequestMapping("/api/chatops/members")
class ChatMemberController {

    private final ChatMembers members;
    private final Clock clock;
    private final GovernanceChanges changes;

    ChatMemberController(ChatMembers members, Clock clock, GovernanceChanges changes) {
        this.members = members;
        this.clock = clock;
        this.changes = changes;
    }

    @PutMapping("/{reviewerId}")
    @Transactional
    @Operation(summary = "Link a reviewer (token subject) to a Slack user id",
            description = "Steward only. A Slack user belongs to one person: linking it to a second reviewer, or to a "
                    + "reviewer other than the researcher registered with it, is 409 SLACK_USER_TAKEN.")
    ChatMembers.Member link(@PathVariable @Size(max = 128) String reviewerId, @Valid @RequestBody LinkBody body,
                            Caller caller) {
        members.link(reviewerId, body.slackUserId(), caller.subject(), clock.instant());
        changes.record(new ChatMemberLinked(reviewerId, body.slackUserId()), caller.subject());
        return members.all().stream().filter(member -> member.reviewerId().equals(reviewerId)).findFirst().orElseThrow();
    }

    @GetMapping
    @Operation(summary = "The reviewers linked to chat accounts (steward only)")
    List<ChatMembers.Member> all() {
        return members.all();
    }
}
