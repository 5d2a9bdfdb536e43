package org.custodian.request.manuscript;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes a manuscript's deemed approval in the transaction that submits it: at the start (UTC) of the
 * day after the window, or of the moratorium's end if later; a review before then cancels it.
 */
@Component
@ProcessingGroup("manuscript-deadlines")
class DeemedApprovals {

    private final JdbcClient jdbc;
    private final Clock clock;

    DeemedApprovals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventHandler
    void on(ManuscriptSubmitted event) {
        if (event.reviewDueBy() != null) {
            jdbc.sql("INSERT INTO manuscript_deadline (manuscript_id, due_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(event.manuscriptId(), Timestamp.from(startOf(event.reviewDueBy().plusDays(1)))).update();
        }
    }

    @EventHandler
    void on(MoratoriumRecorded event) {
        jdbc.sql("UPDATE manuscript_deadline SET due_at = greatest(due_at, ?) WHERE manuscript_id = ?")
                .params(Timestamp.from(startOf(event.noPublicationBefore())), event.manuscriptId()).update();
    }

    @EventHandler
    void on(ManuscriptReviewed event) {
        jdbc.sql("UPDATE manuscript_deadline SET cancelled_at = ? WHERE manuscript_id = ? AND fired_at IS NULL")
                .params(Timestamp.from(clock.instant()), event.manuscriptId()).update();
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
