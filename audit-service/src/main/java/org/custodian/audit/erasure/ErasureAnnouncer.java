package org.custodian.audit.erasure;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.custodian.audit.personal.Erasure;
import org.custodian.support.events.EventPublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces each erasure on {@code custodian.catalog.v1} as {@code personal-data.erased}, from an outbox:
 * {@code person_key} rows erased but not yet announced. Each is sent synchronously while its row is locked
 * and marked announced only after the broker acknowledged, so a crash or a broker outage delays the
 * announcement but never loses it, and two announcers never send the same row at once. A crash after the
 * acknowledgement sends it again, with the same id: consumers act once per id. Runs right after an
 * erasure and on a schedule for whatever that left.
 */
@Component
class ErasureAnnouncer {

    private static final Logger LOG = LoggerFactory.getLogger(ErasureAnnouncer.class);
    private static final int MAX_PER_RUN = 100;

    private final JdbcClient jdbc;
    private final EventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ErasureAnnouncer(JdbcClient jdbc, EventPublisher publisher, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Announces what is pending; a failure is logged and left for the next run. */
    @Scheduled(fixedDelayString = "${custodian.audit.erasure.announce-every:PT5S}")
    void announcePending() {
        try {
            int announced = 0;
            while (announced < MAX_PER_RUN && Boolean.TRUE.equals(transactions.execute(status -> announceOne()))) {
                announced++;
            }
        } catch (RuntimeException e) {
            LOG.warn("Erasures not announced yet, will retry: {}", e.getMessage());
        }
    }

    private boolean announceOne() {
        Optional<Erasure> next = jdbc.sql("""
                SELECT researcher_id, erased_at, erased_by, erasure_reason FROM person_key
                WHERE erased_at IS NOT NULL AND erasure_announced_at IS NULL
                ORDER BY erased_at LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .query((rs, row) -> new Erasure(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), rs.getString(4)))
                .optional();
        next.ifPresent(erasure -> {
            publisher.publish(ErasureEvents.event(erasure), ErasureEvents.metadata(erasure));
            jdbc.sql("UPDATE person_key SET erasure_announced_at = ? WHERE researcher_id = ?")
                    .params(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), erasure.researcherId()).update();
        });
        return next.isPresent();
    }
}
