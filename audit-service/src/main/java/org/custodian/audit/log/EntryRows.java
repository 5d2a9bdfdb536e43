package org.custodian.audit.log;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.dao.DataRetrievalFailureException;

/** How entries are read back from {@code audit_entry}, for every feature that reads the log. */
public final class EntryRows {

    public static final String SELECT = "SELECT seq, event_id, event_source, event_type, subject, actor, event_time,"
            + " canonical_envelope, topic, kafka_partition, kafka_offset, received_at, prev_hash, entry_hash FROM audit_entry";

    private EntryRows() {
    }

    public static LogEntry map(ResultSet rs, int rowNumber) throws SQLException {
        EntryContent content = new EntryContent(rs.getLong("seq"), rs.getString("event_id"),
                rs.getString("event_source"), rs.getString("event_type"), rs.getString("subject"),
                rs.getString("actor"), instant(rs, "event_time"), rs.getString("topic"), rs.getInt("kafka_partition"),
                rs.getLong("kafka_offset"), instant(rs, "received_at"), envelope(rs));
        return new LogEntry(content, rs.getBytes("prev_hash"), rs.getBytes("entry_hash"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The envelope as stored and hashed: its canonical text (the jsonb column is derived from it, for filters). */
    private static JsonNode envelope(ResultSet rs) throws SQLException {
        try {
            return CanonicalJson.parse(rs.getBytes("canonical_envelope"));
        } catch (IOException e) {
            throw new DataRetrievalFailureException("Unreadable envelope of entry " + rs.getLong("seq"), e);
        }
    }
}
