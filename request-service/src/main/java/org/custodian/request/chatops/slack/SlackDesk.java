package org.custodian.request.chatops.slack;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Reads what a Slack user asks, keeps it as a {@link ChatActions} row and answers Slack at once; the
 * {@link SlackActionWorker} does it and follows up through the {@code response_url}.
 */
@Component
class SlackDesk {

    static final String HELP = "Usage: `/custodian pending` · `/custodian status REQ` · "
            + "`/custodian approve REQ [reason]` · `/custodian reject REQ reason` · `/custodian conflict REQ reason`";
    private static final int LONGEST_REASON = 2000;

    private final ChatActions actions;
    private final SlackActionWorker worker;
    private final MeterRegistry meters;
    private final Clock clock;

    SlackDesk(ChatActions actions, SlackActionWorker worker, MeterRegistry meters, Clock clock) {
        this.actions = actions;
        this.worker = worker;
        this.meters = meters;
        this.clock = clock;
    }

    /** A button click: answers at once, acts in the background. */
    String click(SlackForm.Click click) {
        String id = click.value();
        return switch (click.actionId()) {
            case SlackMessages.APPROVE -> later(click.userId(), ChatActions.Kind.APPROVE, id, "Approved from Slack.",
                    click.responseUrl(), "Recording your approval of " + id + "…");
            case SlackMessages.REJECT -> later(click.userId(), ChatActions.Kind.REJECT, id, "Rejected from Slack.",
                    click.responseUrl(), "Recording your rejection of " + id + "…");
            case SlackMessages.REQUEST_CHANGES -> later(click.userId(), ChatActions.Kind.REQUEST_CHANGES, id,
                    "Changes requested from Slack.", click.responseUrl(), "Recording your request for changes to " + id + "…");
            case SlackMessages.MANUSCRIPT_APPROVE -> later(click.userId(), ChatActions.Kind.MANUSCRIPT_APPROVE, id,
                    "Approved from Slack.", click.responseUrl(), "Recording your approval of manuscript " + id + "…");
            case SlackMessages.MANUSCRIPT_CHANGES -> later(click.userId(), ChatActions.Kind.MANUSCRIPT_CHANGES, id,
                    "Changes required from Slack.", click.responseUrl(), "Recording your answer on manuscript " + id + "…");
            default -> "Unknown button; nothing was recorded.";
        };
    }

    /** A {@code /custodian} command: answers at once, acts in the background. */
    String command(SlackForm.Command command) {
        String[] words = command.text().trim().split("\\s+", 3);
        String verb = words[0].toLowerCase(Locale.ROOT);
        String id = words.length > 1 ? words[1] : null;
        String reason = words.length > 2 ? shortened(words[2].trim()) : null;
        String user = command.userId();
        String url = command.responseUrl();
        if ("pending".equals(verb)) {
            return later(user, ChatActions.Kind.PENDING, null, null, url, "Looking up your pending reviews…");
        }
        if ("status".equals(verb) && id != null) {
            return later(user, ChatActions.Kind.STATUS, id, null, url, "Looking up " + id + "…");
        }
        if ("approve".equals(verb) && id != null) {
            return later(user, ChatActions.Kind.APPROVE, id, reason == null ? "Approved from Slack." : reason, url,
                    "Recording your approval of " + id + "…");
        }
        if ("reject".equals(verb) && id != null && reason != null) {
            return later(user, ChatActions.Kind.REJECT, id, reason, url, "Recording your rejection of " + id + "…");
        }
        if ("conflict".equals(verb) && id != null && reason != null) {
            return later(user, ChatActions.Kind.CONFLICT, id, reason, url, "Recording your conflict of interest with " + id + "…");
        }
        return ("reject".equals(verb) || "conflict".equals(verb)) && id != null ? "A reason is needed. " + HELP : HELP;
    }

    private String later(String slackUser, ChatActions.Kind kind, String subjectId, String reason, String responseUrl,
                         String acknowledgement) {
        if (subjectId != null && subjectId.length() > 64) {
            return "There is no request or manuscript " + subjectId.substring(0, 64) + "…; nothing was recorded.";
        }
        long id = actions.add(slackUser, kind, subjectId, reason, responseUrl, clock.instant());
        meters.counter("custodian.chatops.inbound.actions", "kind", kind.name().toLowerCase(Locale.ROOT)).increment();
        worker.start(id);
        return acknowledgement;
    }

    private static String shortened(String reason) {
        return reason.length() <= LONGEST_REASON ? reason : reason.substring(0, LONGEST_REASON);
    }
}
