package org.custodian.request.chatops.deadline;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.custodian.request.chatops.ChatAnnouncer;
import org.custodian.request.chatops.ChatReview;
import org.custodian.request.chatops.ChatReviews;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due reminders and deadlines, each in its own transaction with the row locked and marked, so
 * each fires once even with several instances or after a restart.
 */
@Component
@EnableConfigurationProperties(VoteWindow.class)
public class DeadlineSweeper {

    private static final int PER_ROUND = 100;

    private final ChatReviews reviews;
    private final ChatAnnouncer announcer;
    private final ReviewDeadlines deadlines;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;

    DeadlineSweeper(ChatReviews reviews, ChatAnnouncer announcer, ReviewDeadlines deadlines,
                    TransactionTemplate transactions, MeterRegistry meters, Clock clock) {
        this.reviews = reviews;
        this.announcer = announcer;
        this.deadlines = deadlines;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${custodian.reviews.deadline-poll-interval:30s}")
    void sweepNow() {
        sweep(clock.instant());
    }

    /** Fires what is due at {@code now}; returns how many reminders and deadlines fired. */
    public int sweep(Instant now) {
        int fired = 0;
        while (fired < PER_ROUND && Boolean.TRUE.equals(transactions.execute(status -> remindOne(now)))) {
            fired++;
        }
        while (fired < 2 * PER_ROUND && Boolean.TRUE.equals(transactions.execute(status -> expireOne(now)))) {
            fired++;
        }
        return fired;
    }

    private boolean remindOne(Instant now) {
        Optional<ChatReview> due = reviews.claimReminder(now);
        due.filter(review -> !review.awaiting().isEmpty()).ifPresent(review -> {
            announcer.reminder(review, review.awaiting());
            meters.counter("custodian.reviews.deadlines", "fired", "reminder").increment();
        });
        return due.isPresent();
    }

    private boolean expireOne(Instant now) {
        Optional<ChatReview> due = reviews.claimOverdue(now);
        due.ifPresent(review -> {
            if (review.kind() != ChatReview.Kind.REQUEST || deadlines.markOverdue(review.subjectId())) {
                announcer.overdue(review, review.awaiting());
                meters.counter("custodian.reviews.deadlines", "fired", "overdue").increment();
            }
        });
        return due.isPresent();
    }
}
