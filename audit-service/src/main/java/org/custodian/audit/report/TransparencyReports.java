package org.custodian.audit.report;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.custodian.audit.log.CanonicalJson;
import org.custodian.audit.log.EventTypes;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Streams the events a report needs, up to the window's end, in log order, from one snapshot. */
@Service
class TransparencyReports {

    private static final String TYPES = "^org\\.custodian\\.(request\\.(submitted|approved|rejected)"
            + "|release\\.(issued|revoked|expired)|erasure\\.(certified|overdue))\\.v[0-9]+$";

    private final JdbcTemplate jdbc;

    TransparencyReports(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    TransparencyReport between(Instant from, Instant to) {
        TransparencyTally tally = new TransparencyTally(from, to);
        jdbc.query("SELECT event_type, subject, coalesce(event_time, received_at) AS at, envelope -> 'data' AS data"
                        + " FROM audit_entry WHERE event_type ~ ? AND coalesce(event_time, received_at) < ? ORDER BY seq",
                (RowCallbackHandler) rs -> {
                    try {
                        String data = rs.getString("data");
                        tally.accept(EventTypes.suffix(rs.getString("event_type")), rs.getString("subject"),
                                rs.getObject("at", OffsetDateTime.class).toInstant(),
                                CanonicalJson.parse(data == null ? "{}" : data));
                    } catch (IOException e) {
                        throw new DataRetrievalFailureException("Unreadable data in the log", e);
                    }
                }, TYPES, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        return tally.report();
    }
}
