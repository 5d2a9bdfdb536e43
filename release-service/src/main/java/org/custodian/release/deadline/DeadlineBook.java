package org.custodian.release.deadline;

import java.sql.Timestamp;
import java.time.Clock;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.custodian.contracts.releases.ErasureCertified;
import org.custodian.contracts.releases.ReleaseEraseByShortened;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.contracts.releases.ReleaseExpired;
import org.custodian.contracts.releases.ReleaseRevoked;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the deadlines of a release in the transaction that issues it, brings them forward with an
 * earlier erase-by date, and cancels those that no longer apply: a certificate ends the erasure deadlines, a revocation the expiry and deliveries,
 * an expiry the deliveries.
 */
@Component
@ProcessingGroup("release-deadlines")
class DeadlineBook {

    private final JdbcClient jdbc;
    private final DeadlineSettings settings;
    private final Clock clock;

    DeadlineBook(JdbcClient jdbc, DeadlineSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @EventHandler
    void on(ReleaseIssued event) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (!kind.setAtIssuance()) {
                continue;
            }
            jdbc.sql("INSERT INTO release_deadline (release_id, kind, due_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(event.releaseId(), kind.name(), Timestamp.from(kind.dueAt(event.eraseBy(), settings))).update();
        }
    }

    /** The deadlines set by the erase-by date move with it, unless they already fired or no longer apply. */
    @EventHandler
    void on(ReleaseEraseByShortened event) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (kind.setAtIssuance()) {
                jdbc.sql("""
                        UPDATE release_deadline SET due_at = ?
                        WHERE release_id = ? AND kind = ? AND fired_at IS NULL AND cancelled_at IS NULL""")
                        .params(Timestamp.from(kind.dueAt(event.eraseBy(), settings)), event.releaseId(), kind.name()).update();
            }
        }
    }

    @EventHandler
    void on(ErasureCertified event) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            if (kind.isErasure()) {
                cancel(event.releaseId(), kind);
            }
        }
    }

    @EventHandler
    void on(ReleaseRevoked event) {
        cancel(event.releaseId(), DeadlineKind.EXPIRY);
        cancel(event.releaseId(), DeadlineKind.DELIVERY);
    }

    @EventHandler
    void on(ReleaseExpired event) {
        cancel(event.releaseId(), DeadlineKind.DELIVERY);
    }

    private void cancel(String releaseId, DeadlineKind kind) {
        jdbc.sql("UPDATE release_deadline SET cancelled_at = ? WHERE release_id = ? AND kind = ? AND fired_at IS NULL")
                .params(Timestamp.from(clock.instant()), releaseId, kind.name()).update();
    }
}
