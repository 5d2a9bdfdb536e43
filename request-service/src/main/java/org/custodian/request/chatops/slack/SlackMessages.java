package org.custodian.request.chatops.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import static org.custodian.request.chatops.slack.BlockKit.actions;
import static org.custodian.request.chatops.slack.BlockKit.button;
import static org.custodian.request.chatops.slack.BlockKit.context;
import static org.custodian.request.chatops.slack.BlockKit.fields;
import static org.custodian.request.chatops.slack.BlockKit.header;
import static org.custodian.request.chatops.slack.BlockKit.message;
import static org.custodian.request.chatops.slack.BlockKit.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.decisions.Reason;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.contracts.requests.VotingRule;
import org.custodian.request.chatops.ChatReview;
import org.custodian.request.chatops.StewardActions;
import org.custodian.request.chatops.ReviewBrief;

/** Block Kit messages: what reviewers and stewards see in Slack. Plain text fallbacks go with every message. */
final class SlackMessages {

    static final String APPROVE = "request.approve";
    static final String REJECT = "request.reject";
    static final String REQUEST_CHANGES = "request.request_changes";
    static final String MANUSCRIPT_APPROVE = "manuscript.approve";
    static final String MANUSCRIPT_CHANGES = "manuscript.require_changes";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private SlackMessages() {
    }

    /** The review message; {@code requester} is null in a blinded review. */
    static ObjectNode reviewOpened(String channel, ChatReview review, ReviewBrief brief, String requester) {
        String id = brief.requestId();
        ArrayNode blocks = BlockKit.blocks();
        blocks.add(header("Access request " + id + " awaits committee review"));
        blocks.add(summary(review, brief, requester));
        blocks.add(section("*Purpose* (" + String.join(", ", brief.purpose().codes()) + ")\n"
                + nullToEmpty(brief.purpose().statement())));
        blocks.add(section(decision(brief.decision())));
        blocks.add(context("Needs " + review.approvalsRequired() + " approval(s) · " + rule(review.voting()) + " · vote by "
                + (review.dueAt() == null ? "—" : WHEN.format(review.dueAt()))));
        blocks.add(actions("review:" + id, List.of(
                button("Approve", APPROVE, id, "primary"), button("Reject", REJECT, id, "danger"),
                button("Request changes", REQUEST_CHANGES, id, null))));
        return message(channel, "Access request " + id + " awaits committee review", blocks);
    }

    /** The review message once the review ended: the buttons are gone, the outcome is shown. */
    static ObjectNode reviewClosed(ChatReview review, ReviewBrief brief, String requester) {
        String id = brief.requestId();
        String outcome = switch (review.outcome()) {
            case "approved" -> "approved :white_check_mark:";
            case "rejected" -> "rejected :x:";
            default -> "sent back for changes :leftwards_arrow_with_hook:";
        };
        ArrayNode blocks = BlockKit.blocks();
        blocks.add(header("Access request " + id + ": " + review.outcome().replace('_', ' ')));
        blocks.add(summary(review, brief, requester));
        blocks.add(section("The review ended: the request was *" + outcome + "* (" + review.approvals() + " of "
                + review.approvalsRequired() + " approvals)."));
        return message(null, "Access request " + id + " was " + review.outcome().replace('_', ' '), blocks);
    }

    /** A manuscript to approve (with buttons) or, under {@code notify}, to acknowledge only. */
    static ObjectNode manuscriptOpened(String channel, ChatReview review, ManuscriptSubmitted manuscript, String author) {
        boolean approval = review.kind() == ChatReview.Kind.MANUSCRIPT_APPROVAL;
        String id = manuscript.manuscriptId();
        String title = approval ? "Manuscript " + id + " awaits approval" : "Manuscript " + id + " submitted (for information)";
        ArrayNode blocks = BlockKit.blocks();
        blocks.add(header(title));
        List<String> fields = new ArrayList<>(List.of("*Title*\n" + manuscript.title(), "*Venue*\n" + nullToEmpty(manuscript.venue()),
                "*Datasets*\n" + String.join(", ", manuscript.datasetIds()), "*Release*\n" + manuscript.releaseId()));
        if (author != null) {
            fields.add("*Author*\n" + author);
        }
        blocks.add(fields(fields));
        blocks.add(section("*Abstract*\n" + nullToEmpty(manuscript.abstractText())));
        blocks.add(context("Document digest " + manuscript.documentDigest()
                + (manuscript.reviewDueBy() == null ? "" : " · answer by " + manuscript.reviewDueBy()
                + " (silence counts as approval)")));
        if (approval) {
            blocks.add(actions("manuscript:" + id, List.of(button("Approve", MANUSCRIPT_APPROVE, id, "primary"),
                    button("Request changes", MANUSCRIPT_CHANGES, id, null))));
        } else {
            blocks.add(context("No decision is needed: this programme only receives a copy before publication."));
        }
        return message(channel, title, blocks);
    }

    static ObjectNode manuscriptClosed(ChatReview review, ManuscriptReviewed reviewed) {
        String outcome = reviewed.outcome().wireName().replace('_', ' ');
        ArrayNode blocks = BlockKit.blocks();
        blocks.add(header("Manuscript " + reviewed.manuscriptId() + ": " + outcome));
        blocks.add(section("The manuscript review ended: *" + outcome + "*"
                + (reviewed.comment() == null ? "." : " — " + reviewed.comment())));
        return message(null, "Manuscript " + reviewed.manuscriptId() + ": " + outcome, blocks);
    }

    static ObjectNode reminder(String channel, ChatReview review, List<String> mentions) {
        String text = "Reminder: " + review.subjectId() + " still needs your vote by "
                + (review.dueAt() == null ? "—" : WHEN.format(review.dueAt())) + ". " + String.join(" ", mentions);
        return message(channel, text, BlockKit.blocks().add(section(text)));
    }

    static ObjectNode overdue(String channel, ChatReview review, List<String> awaiting) {
        String text = "Vote deadline passed for " + review.subjectId() + ": " + review.approvals() + " of "
                + review.approvalsRequired() + " approvals; no vote from " + (awaiting.isEmpty() ? "nobody" : String.join(", ", awaiting))
                + ". The review is marked stalled (VOTE_DEADLINE_PASSED) for stewards. "
                + (review.kind() == ChatReview.Kind.REQUEST ? StewardActions.forRequest(review.subjectId())
                : StewardActions.forManuscript(review.subjectId()));
        return message(channel, text, BlockKit.blocks().add(header("Review overdue: " + review.subjectId())).add(section(text)));
    }

    /** The voting rule as reviewers read it. */
    static String rule(VotingRule voting) {
        return switch (voting) {
            case QUORUM_WITH_VETO -> "quorum with veto: any rejection or request for changes ends the review";
            case MAJORITY -> "majority of the reviewers who may vote";
            case UNANIMOUS -> "unanimous: every reviewer who may vote must approve";
        };
    }

    static ObjectNode notice(String channel, String title, String detail) {
        return message(channel, title + ": " + detail, BlockKit.blocks().add(header(title)).add(section(detail)));
    }

    /** A reply only the user who acted sees. */
    static ObjectNode ephemeral(String text) {
        ObjectNode reply = BlockKit.object();
        reply.put("response_type", "ephemeral");
        reply.put("replace_original", false);
        reply.put("text", text);
        return reply;
    }

    static String mention(String reviewerId, Map<String, String> slackUsers) {
        String user = slackUsers.get(reviewerId);
        return user == null ? reviewerId : "<@" + user + ">";
    }

    private static ObjectNode summary(ChatReview review, ReviewBrief brief, String requester) {
        List<String> fields = new ArrayList<>(List.of(
                "*Datasets*\n" + String.join(", ", brief.datasets()),
                "*Access*\n" + brief.accessMode() + " in " + brief.processingCountry(),
                "*Duration*\n" + brief.durationDays() + " days",
                "*Fields*\n" + (brief.fields().isEmpty() ? "—" : String.join(", ", brief.fields())),
                "*Requester*\n" + (review.blinded() || requester == null ? "hidden (blinded review)" : requester)));
        return fields(fields);
    }

    private static String decision(Decision decision) {
        if (decision == null) {
            return "*Policy decision*\nnot yet received";
        }
        StringBuilder text = new StringBuilder("*Policy decision:* `" + decision.outcome().name().toLowerCase() + "`");
        for (Reason reason : decision.reasons()) {
            text.append("\n• `").append(reason.code()).append('`')
                    .append(reason.dataset() == null ? "" : " (" + reason.dataset() + ")")
                    .append(" — ").append(nullToEmpty(reason.message()));
        }
        Obligations o = decision.obligations();
        if (o != null) {
            text.append("\n*Obligations:* erase by ").append(o.eraseBy()).append(" · ").append(o.accessMode())
                    .append(" · publication review ").append(o.publicationReview())
                    .append(o.fields().isEmpty() ? "" : " · fields " + String.join(", ", o.fields()))
                    .append(o.noPublicationBefore() == null ? "" : " · no publication before " + o.noPublicationBefore())
                    .append(o.consentedSubsetOnly() ? " · consented subset only" : "")
                    .append(o.publishResults() ? " · results must be published" : "")
                    .append(o.returnDerivedData() ? " · derived data must be returned" : "");
        }
        return text.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static String when(Instant at) {
        return at == null ? "—" : WHEN.format(at);
    }
}
