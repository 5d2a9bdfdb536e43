package org.custodian.release.delivery;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The delivery schedules of releases. Setting one writes the schedule and its next delivery deadline
 * (release_deadline, kind DELIVERY) together; the deadline poller asks for the next one as each fires.
 */
@Repository
public class DeliverySchedules {

    private final JdbcClient jdbc;

    DeliverySchedules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The delivery after the one due at {@code previous}, if the release has a schedule and is not expired by then. */
    public Optional<Instant> nextAfter(String releaseId, Instant previous) {
        return jdbc.sql("""
                SELECT s.every_days, s.monthly_day, r.expires_at FROM release_schedule s JOIN releases r ON r.id = s.release_id
                WHERE s.release_id = ?""")
                .param(releaseId)
                .query((row, n) -> {
                    Instant next = rule(row.getObject("every_days", Integer.class), row.getObject("monthly_day", Integer.class))
                            .after(previous);
                    return next.isBefore(row.getTimestamp("expires_at").toInstant()) ? next : null;
                })
                .optional();
    }

    void set(String releaseId, DeliveryRule rule, Instant firstDelivery, String steward, Instant now) {
        jdbc.sql("""
                INSERT INTO release_schedule (release_id, every_days, monthly_day, set_by, set_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (release_id) DO UPDATE SET every_days = excluded.every_days, monthly_day = excluded.monthly_day,
                    set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(releaseId, rule.everyDays(), rule.monthlyDay(), steward, Timestamp.from(now)).update();
        jdbc.sql("""
                INSERT INTO release_deadline (release_id, kind, due_at) VALUES (?, 'DELIVERY', ?)
                ON CONFLICT (release_id, kind) DO UPDATE SET due_at = excluded.due_at, fired_at = NULL, cancelled_at = NULL,
                    attempts = 0, retry_at = NULL, last_error = NULL, parked_at = NULL""")
                .params(releaseId, Timestamp.from(firstDelivery)).update();
    }

    private static DeliveryRule rule(Integer everyDays, Integer monthlyDay) {
        return new DeliveryRule(everyDays, monthlyDay);
    }
}
