package org.custodian.release.grant;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.custodian.contracts.releases.ReleaseIssued;
import org.custodian.release.release.ErasureStatus;
import org.custodian.release.release.ReleaseState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Gives each release its index in the status lists, in the transaction that issues it, and reads the lists' bits. */
@Component
@ProcessingGroup("release-grants")
class StatusIndex {

    private final JdbcClient jdbc;

    StatusIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReleaseIssued event) {
        jdbc.sql("INSERT INTO release_status_index (release_id) VALUES (?) ON CONFLICT DO NOTHING").param(event.releaseId()).update();
    }

    Optional<Long> of(String releaseId) {
        return jdbc.sql("SELECT idx FROM release_status_index WHERE release_id = ?").param(releaseId).query(Long.class).optional();
    }

    /** Whether any release was given an index in [from, to). */
    boolean anyIn(long from, long to) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM release_status_index WHERE idx >= ? AND idx < ?)").params(from, to)
                .query(Boolean.class).single();
    }

    /** The indexes in [from, to) of releases no longer live at {@code now}: the same rule as {@link Liveness}. */
    List<Long> endedIn(long from, long to, Instant now) {
        return jdbc.sql("""
                SELECT s.idx FROM release_status_index s JOIN releases r ON r.id = s.release_id
                WHERE s.idx >= ? AND s.idx < ? AND (r.state <> ? OR r.erasure = ? OR r.expires_at <= ?)""")
                .params(from, to, ReleaseState.ISSUED.name(), ErasureStatus.CERTIFIED.name(), Timestamp.from(now))
                .query(Long.class).list();
    }
}
