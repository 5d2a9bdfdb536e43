package org.custodian.release.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.custodian.release.release.ReleaseCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due deadlines by the injected clock. Each one is claimed with {@code FOR UPDATE SKIP LOCKED},
 * its command sent and the row marked fired in one transaction, so a deadline fires once however
 * many instances poll, and one that was due while the service was down fires on the next poll.
 */
@Component
class DeadlinePoller {

    static final String ACTOR = "release-service";
    private static final Logger LOG = LoggerFactory.getLogger(DeadlinePoller.class);
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ReleaseCommands commands;
    private final Clock clock;

    DeadlinePoller(JdbcClient jdbc, TransactionTemplate transactions, ReleaseCommands commands, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${custodian.releases.deadlines.poll-interval}")
    void fireDue() {
        Instant now = clock.instant();
        boolean more = true;
        while (more) {
            // one transaction per deadline, so that one failing command does not hold back the others
            try {
                more = Boolean.TRUE.equals(transactions.execute(status -> fireNext(now)));
            } catch (DeadlineFailed failed) {
                LOG.atError().addKeyValue("release_id", failed.deadline.releaseId()).addKeyValue("deadline", failed.deadline.kind())
                        .setCause(failed.getCause()).log("Deadline {} of release {} failed; it is tried again later",
                                failed.deadline.kind(), failed.deadline.releaseId());
                transactions.executeWithoutResult(status -> mark(failed.deadline,
                        "attempts = attempts + 1, last_error = ?, retry_at = ?", String.valueOf(failed.getCause().getMessage()),
                        Timestamp.from(now.plus(RETRY_AFTER))));
            }
        }
    }

    private boolean fireNext(Instant now) {
        Optional<Deadline> next = jdbc.sql("""
                SELECT release_id, kind, due_at FROM release_deadline
                WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= ? AND (retry_at IS NULL OR retry_at <= ?)
                ORDER BY due_at, kind LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .params(Timestamp.from(now), Timestamp.from(now))
                .query((row, n) -> new Deadline(row.getString("release_id"), DeadlineKind.valueOf(row.getString("kind")),
                        row.getTimestamp("due_at").toInstant()))
                .optional();
        next.ifPresent(deadline -> {
            try {
                commands.send(ACTOR, deadline.kind().command(deadline.releaseId(), deadline.dueAt()));
            } catch (RuntimeException e) {
                throw new DeadlineFailed(deadline, e);
            }
            mark(deadline, "fired_at = ?", Timestamp.from(now));
        });
        return next.isPresent();
    }

    private void mark(Deadline deadline, String assignments, Object... values) {
        jdbc.sql("UPDATE release_deadline SET " + assignments + " WHERE release_id = ? AND kind = ?")
                .params(values).param(deadline.releaseId()).param(deadline.kind().name()).update();
    }

    private record Deadline(String releaseId, DeadlineKind kind, Instant dueAt) {
    }

    private static final class DeadlineFailed extends RuntimeException {

        private final transient Deadline deadline;

        DeadlineFailed(Deadline deadline, RuntimeException cause) {
            super(cause);
            this.deadline = deadline;
        }
    }
}
