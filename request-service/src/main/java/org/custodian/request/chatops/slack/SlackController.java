package org.custodian.request.chatops.slack;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Slack's doors: button clicks and {@code /custodian} commands. The signature was checked before this
 * runs; here the form is read, the workspace and follow-up address checked, and the work handed to
 * {@link SlackDesk}, so Slack gets its answer well within three seconds.
 */
@RestController
@RequestMapping(path = "/chatops/slack", produces = MediaType.APPLICATION_JSON_VALUE)
class SlackController {

    private final SlackDesk desk;
    private final SlackSettings settings;

    SlackController(SlackDesk desk, SlackSettings settings) {
        this.desk = desk;
        this.settings = settings;
    }

    @PostMapping("/interactions")
    @Operation(summary = "Slack block_actions: Approve / Reject / Request changes buttons",
            description = "Authenticated by Slack's v0 request signature (X-Slack-Signature, X-Slack-Request-Timestamp). "
                    + "Answers at once; the outcome follows through the interaction's response_url.")
    Object interaction(@Parameter(hidden = true) @RequestAttribute(SlackSignatureFilter.VERIFIED_BODY) byte[] body) {
        SlackForm.Click click = SlackForm.click(body);
        requireUsable(click.teamId(), click.responseUrl());
        return SlackMessages.ephemeral(desk.click(click));
    }

    @PostMapping("/commands")
    @Operation(summary = "The /custodian slash command: pending, status REQ, approve REQ reason, reject REQ reason",
            description = "Authenticated by Slack's v0 request signature. Answers at once with an ephemeral "
                    + "acknowledgement; the result follows through the command's response_url.")
    Object command(@Parameter(hidden = true) @RequestAttribute(SlackSignatureFilter.VERIFIED_BODY) byte[] body) {
        SlackForm.Command command = SlackForm.command(body);
        requireUsable(command.teamId(), command.responseUrl());
        return SlackMessages.ephemeral(desk.command(command));
    }

    private void requireUsable(String teamId, String responseUrl) {
        if (settings.teamId() != null && !settings.teamId().isBlank() && !settings.teamId().equals(teamId)) {
            throw new RuleViolation(HttpStatus.FORBIDDEN, "FOREIGN_WORKSPACE",
                    "This Slack workspace is not the one Custodian is installed in.");
        }
        if (!responseUrl.startsWith(settings.responseUrlPrefix())) {
            throw SlackForm.malformed("response_url is not a Slack response URL.");
        }
    }
}
