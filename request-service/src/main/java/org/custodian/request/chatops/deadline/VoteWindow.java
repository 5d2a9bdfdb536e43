package org.custodian.request.chatops.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long reviewers have to vote ({@code custodian.reviews.vote-window}, 7 days by default; a
 * dataset may have its own in {@code dataset-vote-windows}, the shortest of a request's datasets
 * wins) and how long before the deadline the reminder goes out.
 */
@ConfigurationProperties("custodian.reviews")
public record VoteWindow(Duration voteWindow, Duration reminderBefore, Map<String, Duration> datasetVoteWindows) {

    public VoteWindow {
        voteWindow = voteWindow == null ? Duration.ofDays(7) : voteWindow;
        reminderBefore = reminderBefore == null ? Duration.ofDays(1) : reminderBefore;
        datasetVoteWindows = datasetVoteWindows == null ? Map.of() : Map.copyOf(datasetVoteWindows);
    }

    public Instant dueAt(Collection<String> datasets, Instant openedAt) {
        Duration window = datasets.stream().map(datasetVoteWindows::get).filter(w -> w != null)
                .min(Duration::compareTo).orElse(voteWindow);
        return openedAt.plus(window);
    }

    /** The reminder time: {@code reminder-before} ahead of the deadline, but never before half the window passed. */
    public Instant remindAt(Instant openedAt, Instant dueAt) {
        Instant early = dueAt.minus(reminderBefore);
        Instant halfway = openedAt.plus(Duration.between(openedAt, dueAt).dividedBy(2));
        return early.isBefore(halfway) ? halfway : early;
    }
}
