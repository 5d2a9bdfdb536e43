package org.custodian.release.deadline;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.custodian.release.delivery.DeliverySchedules;
import org.custodian.release.release.ReleaseCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due deadlines by the injected clock; a delivery moves on to the next time its schedule names
 * (in the same transaction), until that would be at or after the release's expiry. Each one is claimed with {@code FOR UPDATE SKIP LOCKED},
 * its command sent and the row marked fired in one transaction, so a deadline fires once however
 * many instances poll, and one that was due while the service was down fires on the next poll.
 */
@Component
class DeadlinePoller {

    static final String ACTOR = "release-service";
    private static final Logger LOG = LoggerFactory.getLogger(DeadlinePoller.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ReleaseCommands commands;
    private final Clock clock;
    private final DeadlineSettings settings;
    private final DeliverySchedules schedules;
    private final Counter failures;
    private final Counter parked;

    DeadlinePoller(JdbcClient jdbc, TransactionTemplate transactions, ReleaseCommands commands, Clock clock,
                   DeadlineSettings settings, DeliverySchedules schedules, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.commands = commands;
        this.clock = clock;
        this.settings = settings;
        this.schedules = schedules;
        this.failures = meters.counter("custodian.releases.deadlines.failures");
        this.parked = meters.counter("custodian.releases.deadlines.parked");
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
                transactions.executeWithoutResult(status -> failed(failed, now));
            }
        }
    }

    // Retried with a doubling backoff; after the last attempt it is parked for an operator, and stays
    // visible through GET /api/deadlines?parked=true and the custodian.releases.deadlines.parked counter.
    private void failed(DeadlineFailed failed, Instant now) {
        failures.increment();
        int attempts = failed.deadline.attempts() + 1;
        String error = String.valueOf(failed.getCause().getMessage());
        if (attempts >= settings.maxAttempts()) {
            parked.increment();
            LOG.atError().addKeyValue("release_id", failed.deadline.releaseId()).addKeyValue("deadline", failed.deadline.kind())
                    .addKeyValue("attempts", attempts).setCause(failed.getCause())
                    .log("Deadline {} of release {} failed {} times; parked", failed.deadline.kind(),
                            failed.deadline.releaseId(), attempts);
            mark(failed.deadline, "attempts = ?, last_error = ?, parked_at = ?", attempts, error, Timestamp.from(now));
            return;
        }
        LOG.atWarn().addKeyValue("release_id", failed.deadline.releaseId()).addKeyValue("deadline", failed.deadline.kind())
                .addKeyValue("attempts", attempts).setCause(failed.getCause())
                .log("Deadline {} of release {} failed; it is tried again later", failed.deadline.kind(), failed.deadline.releaseId());
        mark(failed.deadline, "attempts = ?, last_error = ?, retry_at = ?", attempts, error,
                Timestamp.from(now.plus(settings.backoffAfter(attempts))));
    }

    private boolean fireNext(Instant now) {
        Optional<Deadline> next = jdbc.sql("""
                SELECT release_id, kind, due_at, attempts FROM release_deadline
                WHERE fired_at IS NULL AND cancelled_at IS NULL AND parked_at IS NULL AND due_at <= ? AND (retry_at IS NULL OR retry_at <= ?)
                ORDER BY due_at, kind LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .params(Timestamp.from(now), Timestamp.from(now))
                .query((row, n) -> new Deadline(row.getString("release_id"), DeadlineKind.valueOf(row.getString("kind")),
                        row.getTimestamp("due_at").toInstant(), row.getInt("attempts")))
                .optional();
        next.ifPresent(deadline -> {
            try {
                commands.send(ACTOR, deadline.kind().command(deadline.releaseId(), deadline.dueAt(), now));
            } catch (RuntimeException e) {
                throw new DeadlineFailed(deadline, e);
            }
            Optional<Instant> following = deadline.kind() == DeadlineKind.DELIVERY
                    ? schedules.nextAfter(deadline.releaseId(), deadline.dueAt()) : Optional.empty();
            if (following.isPresent()) {
                mark(deadline, "due_at = ?, attempts = 0, retry_at = NULL, last_error = NULL", Timestamp.from(following.get()));
            } else {
                mark(deadline, "fired_at = ?", Timestamp.from(now));
            }
        });
        return next.isPresent();
    }

    private void mark(Deadline deadline, String assignments, Object... values) {
        jdbc.sql("UPDATE release_deadline SET " + assignments + " WHERE release_id = ? AND kind = ?")
                .params(values).param(deadline.releaseId()).param(deadline.kind().name()).update();
    }

    private record Deadline(String releaseId, DeadlineKind kind, Instant dueAt, int attempts) {
    }

    private static final class DeadlineFailed extends RuntimeException {

        private final transient Deadline deadline;

        DeadlineFailed(Deadline deadline, RuntimeException cause) {
            super(cause);
            this.deadline = deadline;
        }
    }
}
