package org.custodian.request.chatops.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.custodian.request.chatops.ChatReview;
import org.custodian.request.chatops.ChatReviews;
import org.custodian.request.chatops.slack.SlackWebApi.Answer;
import org.custodian.request.chatops.slack.SlackWebApi.Attempt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the queued Slack calls, one transaction each with the row locked, so several instances never
 * make the same call. Network errors, 5xx, 429 and Slack's transient errors are retried with
 * exponential backoff (429 waits at least its Retry-After); other Slack errors fail at once. An
 * update waits until its message was posted; a reminder goes into the review message's thread.
 */
@Component
class SlackDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(SlackDispatcher.class);
    private static final int PER_ROUND = 50;

    private final ChatOutbound outbound;
    private final ChatReviews reviews;
    private final SlackWebApi slack;
    private final SlackSettings settings;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    SlackDispatcher(ChatOutbound outbound, ChatReviews reviews, SlackWebApi slack, SlackSettings settings,
                    TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
        this.outbound = outbound;
        this.reviews = reviews;
        this.slack = slack;
        this.settings = settings;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${custodian.chatops.slack.poll-interval:500ms}")
    void dispatchDue() {
        for (int i = 0; i < PER_ROUND && Boolean.TRUE.equals(transactions.execute(status -> dispatchOne())); i++) {
            // at most PER_ROUND a round, so a backlog never starves the scheduler thread
        }
    }

    private boolean dispatchOne() {
        Instant now = clock.instant();
        Optional<ChatOutbound.Call> due = outbound.claimDue(now);
        due.ifPresent(call -> settle(call, attempt(call), now));
        return due.isPresent();
    }

    private void settle(ChatOutbound.Call call, Attempt attempt, Instant now) {
        boolean again = attempt.state() == ChatOutbound.State.PENDING;
        meters.counter("custodian.chatops.outbound", "kind", call.kind().name().toLowerCase(),
                "outcome", again ? "retry" : attempt.state().name().toLowerCase()).increment();
        if (again && call.attempts() + 1 >= settings.retry().maxAttempts()) {
            LOG.warn("Slack call {} ({}) given up after {} attempts: {}", call.id(), call.kind(), call.attempts() + 1, attempt.error());
            outbound.settle(call, ChatOutbound.State.FAILED, attempt.error(), now);
        } else if (again) {
            Duration backoff = settings.retry().backoff(call.attempts() + 1);
            Duration wait = attempt.retryAfter().compareTo(backoff) > 0 ? attempt.retryAfter() : backoff;
            outbound.settle(call, ChatOutbound.State.PENDING, attempt.error(), now.plus(wait));
        } else {
            outbound.settle(call, attempt.state(), attempt.error(), now);
        }
    }

    private Attempt attempt(ChatOutbound.Call call) {
        try {
            return switch (call.kind()) {
                case FOLLOW_UP -> slack.followUp(call.url(), call.payload());
                case POST_REVIEW -> posted(call, slack.call("chat.postMessage", SlackWebApi.parse(call.payload())));
                case NOTICE -> slack.call("chat.postMessage", SlackWebApi.parse(call.payload())).attempt();
                case THREAD_REPLY -> slack.call("chat.postMessage", inThread(call)).attempt();
                case UPDATE_REVIEW -> update(call);
            };
        } catch (IOException e) {
            return Attempt.retry(e.getClass().getSimpleName() + ": " + e.getMessage(), Duration.ZERO);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Attempt.retry("interrupted", Duration.ZERO);
        }
    }

    private Attempt posted(ChatOutbound.Call call, Answer answer) {
        if (answer.ok()) {
            reviews.posted(call.subjectId(), answer.body().path("channel").asText(), answer.body().path("ts").asText());
        }
        return answer.attempt();
    }

    private Attempt update(ChatOutbound.Call call) throws IOException, InterruptedException {
        Optional<ChatReview> review = reviews.find(call.subjectId()).filter(found -> found.ts() != null);
        if (review.isEmpty()) {
            return Attempt.retry("the message to update was not posted yet", Duration.ZERO);
        }
        ObjectNode payload = SlackWebApi.parse(call.payload());
        payload.put("channel", review.get().channel());
        payload.put("ts", review.get().ts());
        return slack.call("chat.update", payload).attempt();
    }

    private ObjectNode inThread(ChatOutbound.Call call) throws IOException {
        ObjectNode payload = SlackWebApi.parse(call.payload());
        reviews.find(call.subjectId()).filter(review -> review.ts() != null).ifPresent(review -> {
            payload.put("channel", review.channel());
            payload.put("thread_ts", review.ts());
        });
        return payload;
    }
}
