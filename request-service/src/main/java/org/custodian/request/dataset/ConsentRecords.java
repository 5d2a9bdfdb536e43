package org.custodian.request.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The consent recorded for and withdrawn from each dataset, as a table kept in step with its events. */
@Component
@ProcessingGroup("dataset-catalog")
class ConsentRecords {

    private static final TypeReference<List<String>> REFS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    ConsentRecords(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @EventHandler
    void on(ConsentRecorded event, @MessageIdentifier String eventId,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.sql("""
                INSERT INTO dataset_consent (event_id, dataset_id, kind, cohort, basis, subjects, at, recorded_at)
                VALUES (?, ?, 'recorded', ?, ?, ?, ?, ?)""")
                .params(eventId, event.datasetId(), event.cohort(), event.basis(), event.subjects(),
                        Timestamp.from(event.recordedAt()), Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(ConsentWithdrawn event, @MessageIdentifier String eventId,
            @org.axonframework.eventhandling.Timestamp Instant at) throws JsonProcessingException {
        jdbc.sql("""
                INSERT INTO dataset_consent (event_id, dataset_id, kind, cohort, subject_refs, at, reported_event_id, recorded_at)
                VALUES (?, ?, 'withdrawn', ?, ?::jsonb, ?, ?, ?)""")
                .params(eventId, event.datasetId(), event.cohort(), mapper.writeValueAsString(event.subjectRefs()),
                        Timestamp.from(event.withdrawnAt()), event.reportedEventId(), Timestamp.from(at))
                .update();
    }

    /** A dataset's consent history, oldest first. */
    List<ConsentEntry> of(String datasetId) {
        return jdbc.sql("SELECT * FROM dataset_consent WHERE dataset_id = ? ORDER BY recorded_at, event_id")
                .param(datasetId).query(this::entry).list();
    }

    private ConsentEntry entry(ResultSet row, int rowNumber) throws SQLException {
        try {
            String refs = row.getString("subject_refs");
            return new ConsentEntry(row.getString("event_id"), row.getString("kind"), row.getString("cohort"),
                    row.getString("basis"), (Integer) row.getObject("subjects"),
                    refs == null ? null : mapper.readValue(refs, REFS), row.getTimestamp("at").toInstant(),
                    row.getString("reported_event_id"));
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable consent record " + row.getString("event_id"), e);
        }
    }

    /** One consent fact: {@code recorded} (basis, subjects) or {@code withdrawn} (subject refs, the report's event id). */
    record ConsentEntry(String eventId, String kind, String cohort, String basis, Integer subjects,
                        List<String> subjectRefs, Instant at, String reportedEventId) {
    }
}
