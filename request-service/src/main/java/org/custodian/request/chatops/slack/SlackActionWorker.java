package org.custodian.request.chatops.slack;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.request.chatops.ChatMembers;
import org.custodian.request.chatops.ChatReview;
import org.custodian.request.chatops.ChatReviews;
import org.custodian.request.chatops.ManuscriptVotes;
import org.custodian.request.chatops.ReviewBriefs;
import org.custodian.request.review.ReviewRefused;
import org.custodian.request.review.Reviews;
import org.custodian.request.review.Verdict;
import org.custodian.support.problem.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Does what Slack users asked, as the reviewer they are linked to and through the same ports as the
 * HTTP API, so every rule applies (own request, panel, recusal, one vote each). The outcome, or the
 * refusal, follows through the {@code response_url}. Runs on a small pool right after Slack was
 * answered; actions a full pool or a restart left behind are picked up by a sweep.
 */
@Component
class SlackActionWorker {

    private static final Logger LOG = LoggerFactory.getLogger(SlackActionWorker.class);
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final String NOT_LINKED = "Your Slack account is not linked to a Custodian reviewer or researcher; ask "
            + "a data steward to link it. Nothing was recorded.";

    private final ChatActions actions;
    private final Reviews reviews;
    private final ObjectProvider<ManuscriptVotes> manuscripts;
    private final ChatMembers members;
    private final ChatReviews chatReviews;
    private final ReviewBriefs briefs;
    private final ChatOutbound outbound;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 4, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(200));

    SlackActionWorker(ChatActions actions, Reviews reviews, ObjectProvider<ManuscriptVotes> manuscripts,
                      ChatMembers members, ChatReviews chatReviews, ReviewBriefs briefs, ChatOutbound outbound,
                      TransactionTemplate transactions, Clock clock) {
        this.actions = actions;
        this.reviews = reviews;
        this.manuscripts = manuscripts;
        this.members = members;
        this.chatReviews = chatReviews;
        this.briefs = briefs;
        this.outbound = outbound;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Starts the action now if the pool has room; otherwise the sweep will. */
    void start(long id) {
        try {
            pool.execute(() -> run(id));
        } catch (RejectedExecutionException e) {
            LOG.info("Slack action {} waits for the sweep: the pool is full", id);
        }
    }

    @Scheduled(fixedDelayString = "${custodian.chatops.slack.action-sweep-interval:5s}")
    void sweep() {
        List<Long> stranded = actions.stranded(clock.instant(), GRACE);
        stranded.forEach(this::run);
    }

    void run(long id) {
        actions.claim(id, clock.instant()).ifPresent(action -> {
            String answer = answer(action);
            transactions.executeWithoutResult(status -> {
                outbound.enqueue(ChatOutbound.Kind.FOLLOW_UP, null, action.responseUrl(),
                        SlackMessages.ephemeral(answer).toString(), clock.instant());
                actions.done(action.id());
            });
        });
    }

    private String answer(ChatActions.Action action) {
        Optional<String> reviewer = members.personOf(action.slackUserId());
        if (reviewer.isEmpty()) {
            return NOT_LINKED;
        }
        try {
            return perform(action, reviewer.get());
        } catch (ReviewRefused refused) {
            return "Not recorded (" + refused.refusal().name() + "): " + refused.getMessage();
        } catch (RuleViolation violation) {
            return "Not recorded (" + violation.code() + "): " + violation.getMessage();
        } catch (RuntimeException e) {
            LOG.warn("Slack action {} failed", action.id(), e);
            return "Something went wrong; nothing was recorded. Try again, or use the API.";
        }
    }

    private String perform(ChatActions.Action action, String reviewer) {
        String id = action.subjectId();
        return switch (action.kind()) {
            case APPROVE -> vote(id, reviewer, ReviewVote.APPROVE, action.reason());
            case REJECT -> vote(id, reviewer, ReviewVote.REJECT, action.reason());
            case REQUEST_CHANGES -> vote(id, reviewer, ReviewVote.REQUEST_CHANGES, action.reason());
            case CONFLICT -> recuse(id, reviewer, action.reason());
            case MANUSCRIPT_APPROVE -> manuscript(id, reviewer, true, action.reason());
            case MANUSCRIPT_CHANGES -> manuscript(id, reviewer, false, action.reason());
            case PENDING -> pending(reviewer);
            case STATUS -> status(id, reviewer);
        };
    }

    private String vote(String requestId, String reviewer, ReviewVote vote, String reason) {
        Verdict verdict = reviews.vote(requestId, reviewer, vote, reason);
        return "Your vote (" + vote.wireName() + ") on " + requestId + " is recorded. The review is now "
                + verdict.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
    }

    private String recuse(String requestId, String reviewer, String reason) {
        reviews.declareConflict(requestId, reviewer, reason);
        return "Your conflict of interest with " + requestId + " is recorded; you take no further part in its review.";
    }

    private String manuscript(String manuscriptId, String reviewer, boolean approve, String comment) {
        ManuscriptVotes votes = manuscripts.getIfAvailable();
        if (votes == null) {
            return "Manuscript review from chat is not available yet; nothing was recorded. Use the API "
                    + "(POST /api/manuscripts/" + manuscriptId + "/reviews).";
        }
        if (approve) {
            votes.approve(manuscriptId, reviewer, comment);
        } else {
            votes.requireChanges(manuscriptId, reviewer, comment);
        }
        return "Your answer on manuscript " + manuscriptId + " is recorded.";
    }

    private String pending(String reviewer) {
        List<ChatReview> awaiting = chatReviews.awaiting(reviewer);
        if (awaiting.isEmpty()) {
            return "Nothing awaits your vote.";
        }
        StringBuilder text = new StringBuilder("Awaiting your vote:");
        awaiting.stream().limit(20).forEach(review -> text.append("\n• ").append(review.subjectId())
                .append(review.kind() == ChatReview.Kind.REQUEST
                        ? " (access request, vote by " + SlackMessages.when(review.dueAt()) + ")" : " (manuscript)"));
        return text.toString();
    }

    /** A panel member sees the votes so far and their own; the requester sees where their request stands, and no names. */
    private String status(String id, String person) {
        Optional<ChatReview> found = chatReviews.find(id);
        if (found.isPresent() && found.get().reviewers().contains(person)) {
            return panelStatus(found.get(), person);
        }
        boolean requester = briefs.find(id).filter(brief -> brief.requesterId().equals(person)).isPresent();
        if (found.isPresent() && requester) {
            ChatReview review = found.get();
            return "Your request " + id + ": " + (review.open() ? "under committee review, " + review.approvals() + " of "
                    + review.approvalsRequired() + " approvals so far" : "review ended: " + review.outcome().replace('_', ' ')) + ".";
        }
        return "You are not on the review panel of " + id + ", or there is no such review.";
    }

    private String panelStatus(ChatReview review, String reviewer) {
        String yours = review.recused().contains(reviewer) ? "recused" : review.votes().getOrDefault(reviewer, "none yet");
        String state = review.open() ? "awaiting review, vote by " + SlackMessages.when(review.dueAt())
                : "review ended: " + review.outcome().replace('_', ' ');
        return review.subjectId() + ": " + state + " — " + review.approvals() + " of " + review.approvalsRequired()
                + " approvals; your vote: " + yours + ".";
    }

    @PreDestroy
    void stop() {
        pool.shutdown();
    }
}
