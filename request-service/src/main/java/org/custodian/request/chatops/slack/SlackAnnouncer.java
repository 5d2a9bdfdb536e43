package org.custodian.request.chatops.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.request.chatops.ChatAnnouncer;
import org.custodian.request.chatops.ChatMembers;
import org.custodian.request.chatops.ChatReview;
import org.custodian.request.chatops.ReviewBrief;
import org.custodian.request.researcher.ResearcherDirectory;
import org.custodian.request.review.ReviewPanels;
import org.springframework.stereotype.Component;

/**
 * Queues Slack messages: reviews to the review channel (blinded ones scrubbed of the requester as a
 * whole payload), reminders in the review's thread, deadlines and alerts to the stewards' channel.
 * Without a bot token nothing is queued.
 */
@Component
class SlackAnnouncer implements ChatAnnouncer {

    private final SlackSettings settings;
    private final ChatOutbound outbound;
    private final ChatMembers members;
    private final ResearcherDirectory researchers;
    private final ReviewPanels panels;
    private final Clock clock;

    SlackAnnouncer(SlackSettings settings, ChatOutbound outbound, ChatMembers members, ResearcherDirectory researchers,
                   ReviewPanels panels, Clock clock) {
        this.settings = settings;
        this.outbound = outbound;
        this.members = members;
        this.researchers = researchers;
        this.panels = panels;
        this.clock = clock;
    }

    @Override
    public void reviewOpened(ChatReview review, ReviewBrief brief) {
        ObjectNode message = SlackMessages.reviewOpened(settings.reviewChannel(), review, brief,
                review.blinded() ? null : requester(brief.requesterId()));
        outbound.supersede(review.subjectId());
        queue(ChatOutbound.Kind.POST_REVIEW, review.subjectId(), blindIf(review.blinded(), brief.requesterId(), message));
    }

    @Override
    public void reviewClosed(ChatReview review, ReviewBrief brief) {
        ObjectNode message = SlackMessages.reviewClosed(review, brief, review.blinded() ? null : requester(brief.requesterId()));
        queue(ChatOutbound.Kind.UPDATE_REVIEW, review.subjectId(), blindIf(review.blinded(), brief.requesterId(), message));
    }

    @Override
    public void manuscriptOpened(ChatReview review, ManuscriptSubmitted manuscript) {
        boolean blinded = panels.blinded(manuscript.datasetIds());
        ObjectNode message = SlackMessages.manuscriptOpened(settings.reviewChannel(), review, manuscript,
                blinded ? null : requester(manuscript.researcherId()));
        queue(ChatOutbound.Kind.POST_REVIEW, review.subjectId(), blindIf(blinded, manuscript.researcherId(), message));
    }

    @Override
    public void manuscriptClosed(ChatReview review, ManuscriptReviewed reviewed) {
        ObjectNode message = SlackMessages.manuscriptClosed(review, reviewed);
        queue(ChatOutbound.Kind.UPDATE_REVIEW, review.subjectId(), blindIf(true, reviewed.researcherId(), message));
    }

    @Override
    public void reminder(ChatReview review, List<String> awaiting) {
        Map<String, String> slackUsers = members.slackUsersOf(awaiting);
        List<String> mentions = awaiting.stream().map(reviewer -> SlackMessages.mention(reviewer, slackUsers)).toList();
        queue(ChatOutbound.Kind.THREAD_REPLY, review.subjectId(),
                SlackMessages.reminder(settings.reviewChannel(), review, mentions));
    }

    @Override
    public void overdue(ChatReview review, List<String> awaiting) {
        queue(ChatOutbound.Kind.NOTICE, review.subjectId(),
                SlackMessages.overdue(settings.stewardChannelOrReview(), review, awaiting));
    }

    @Override
    public void stewardNotice(String title, String detail) {
        queue(ChatOutbound.Kind.NOTICE, null, SlackMessages.notice(settings.stewardChannelOrReview(), title, detail));
    }

    private void queue(ChatOutbound.Kind kind, String subjectId, ObjectNode message) {
        if (settings.posts()) {
            outbound.enqueue(kind, subjectId, null, message.toString(), clock.instant());
        }
    }

    /** "Name (institution)" for an open review. */
    private String requester(String researcherId) {
        return researchers.find(researcherId)
                .map(profile -> (profile.name() == null ? researcherId : profile.name()) + " (" + profile.institution() + ")")
                .orElse(researcherId);
    }

    private ObjectNode blindIf(boolean blinded, String requesterId, ObjectNode message) {
        if (!blinded || requesterId == null) {
            return message;
        }
        Optional<ResearcherRegistered> profile = researchers.find(requesterId);
        List<String> identifying = profile.map(p -> Arrays.asList(p.name(), p.institution())).orElse(List.of());
        return new Blindfold(requesterId, identifying).apply(message);
    }
}
