package org.custodian.audit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.custodian.audit.log.CanonicalJson;
import org.custodian.contracts.EventSchemas;
import org.custodian.contracts.EventType;
import org.custodian.contracts.InvalidEventException;
import org.springframework.dao.DataRetrievalFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Streams the events a report needs, up to the window's end, in log order, from one snapshot, and reads each
 * as its contract record. Personal fields are left out before reading: no figure needs them.
 */
@Service
class TransparencyReports {

    /** The types the tally reads, in every version, as a PostgreSQL regular expression (suffixes are [a-z.-]). */
    private static final String TYPES = TransparencyTally.READS.stream().map(type -> type.suffix().replace(".", "\\."))
            .collect(Collectors.joining("|", "^org\\.custodian\\.(", ")\\.v[0-9]+$"));

    private final JdbcTemplate jdbc;

    TransparencyReports(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    TransparencyReport between(Instant from, Instant to) {
        TransparencyTally tally = new TransparencyTally(from, to);
        jdbc.query("SELECT event_type, coalesce(event_time, received_at) AS at, envelope -> 'data' AS data"
                        + " FROM audit_entry WHERE event_type ~ ? AND coalesce(event_time, received_at) < ? ORDER BY seq",
                (RowCallbackHandler) rs -> {
                    Instant at = rs.getObject("at", OffsetDateTime.class).toInstant();
                    EventType type = EventType.fromAnyVersion(rs.getString("event_type")).orElseThrow();
                    try {
                        tally.accept(type.read(withoutPersonalFields(type, rs.getString("data"))), at);
                    } catch (InvalidEventException e) {
                        tally.unreadable(at);
                    }
                }, TYPES, OffsetDateTime.ofInstant(to, ZoneOffset.UTC));
        return tally.report();
    }

    private static JsonNode withoutPersonalFields(EventType type, String json) {
        try {
            JsonNode data = json == null ? null : CanonicalJson.parse(json);
            if (data instanceof ObjectNode object) {
                EventSchemas.personalFields(type).forEach(object::remove);
            }
            return data;
        } catch (IOException e) {
            throw new DataRetrievalFailureException("Unreadable data in the log", e);
        }
    }
}
