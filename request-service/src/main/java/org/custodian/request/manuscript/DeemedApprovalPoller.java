package org.custodian.request.manuscript;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.request.manuscript.ManuscriptCommands.DeemApproved;
import org.custodian.support.events.ActingCommands;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires due deemed approvals by the injected clock. Each is claimed with {@code FOR UPDATE SKIP LOCKED},
 * its command sent and the row marked fired in one transaction, so it fires once however many
 * instances poll, and one that fell due while the service was down fires on the next poll.
 */
@Component
class DeemedApprovalPoller {

    static final String ACTOR = Manuscript.SYSTEM;
    private static final Logger LOG = LoggerFactory.getLogger(DeemedApprovalPoller.class);
    private static final Duration RETRY_AFTER = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CommandGateway commands;
    private final Clock clock;

    DeemedApprovalPoller(JdbcClient jdbc, TransactionTemplate transactions, CommandGateway commands, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.commands = commands;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${custodian.manuscripts.deadline-poll-interval}")
    void fireDue() {
        Instant now = clock.instant();
        boolean more = true;
        while (more) {
            // one transaction per deadline, so that one failing command does not hold back the others
            try {
                more = Boolean.TRUE.equals(transactions.execute(status -> fireNext(now)));
            } catch (DeadlineFailed failed) {
                LOG.atWarn().addKeyValue("manuscript_id", failed.manuscriptId).setCause(failed.getCause())
                        .log("Deemed approval of manuscript {} failed; it is tried again later", failed.manuscriptId);
                transactions.executeWithoutResult(status -> jdbc.sql("""
                        UPDATE manuscript_deadline SET attempts = attempts + 1, last_error = ?, retry_at = ?
                        WHERE manuscript_id = ?""")
                        .params(String.valueOf(failed.getCause().getMessage()), Timestamp.from(now.plus(RETRY_AFTER)),
                                failed.manuscriptId).update());
            }
        }
    }

    private boolean fireNext(Instant now) {
        Optional<String> next = jdbc.sql("""
                SELECT manuscript_id FROM manuscript_deadline
                WHERE fired_at IS NULL AND cancelled_at IS NULL AND due_at <= ? AND (retry_at IS NULL OR retry_at <= ?)
                ORDER BY due_at, manuscript_id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .params(Timestamp.from(now), Timestamp.from(now)).query(String.class).optional();
        next.ifPresent(manuscriptId -> {
            try {
                commands.sendAndWait(ActingCommands.by(ACTOR,
                        new DeemApproved(manuscriptId, LocalDate.ofInstant(now, ZoneOffset.UTC))));
            } catch (RuntimeException e) {
                throw new DeadlineFailed(manuscriptId, e);
            }
            jdbc.sql("UPDATE manuscript_deadline SET fired_at = ? WHERE manuscript_id = ?")
                    .params(Timestamp.from(now), manuscriptId).update();
        });
        return next.isPresent();
    }

    private static final class DeadlineFailed extends RuntimeException {

        private final String manuscriptId;

        DeadlineFailed(String manuscriptId, RuntimeException cause) {
            super(cause);
            this.manuscriptId = manuscriptId;
        }
    }
}
