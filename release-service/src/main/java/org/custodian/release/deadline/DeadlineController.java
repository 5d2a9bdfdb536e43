package org.custodian.release.deadline;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Stewards and operators see the deadlines that were parked after failing on every attempt. */
@RestController
class DeadlineController {

    private final JdbcClient jdbc;

    DeadlineController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/deadlines/parked")
    @Operation(summary = "Deadlines parked after their last failed attempt, oldest first")
    List<ParkedDeadline> parked() {
        return jdbc.sql("""
                SELECT release_id, kind, due_at, attempts, last_error, parked_at FROM release_deadline
                WHERE parked_at IS NOT NULL ORDER BY parked_at, release_id, kind""")
                .query((row, n) -> new ParkedDeadline(row.getString("release_id"), row.getString("kind"),
                        row.getTimestamp("due_at").toInstant(), row.getInt("attempts"), row.getString("last_error"),
                        row.getTimestamp("parked_at").toInstant()))
                .list();
    }
}
