package org.custodian.release.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.releases.ReleaseIssued;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every release as a table row, kept in step with its events in the same transaction. */
@Component
@ProcessingGroup("release-register")
public class ReleaseRegister {

    private static final String UTC = "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'";
    private static final String ERASURE_REQUESTS = """
            (SELECT COALESCE(jsonb_agg(jsonb_build_object('erasure_request_id', e.erasure_request_id,
                'dataset_id', e.dataset_id, 'cohort', e.cohort, 'subject_refs', e.subject_refs, 'reason', e.reason,
                'cause_event_id', e.cause_event_id,
                'requested_at', to_char(e.requested_at AT TIME ZONE 'UTC', %1$s),
                'certified_at', to_char(e.certified_at AT TIME ZONE 'UTC', %1$s)) ORDER BY e.requested_at), '[]'::jsonb)
             FROM release_erasure_request e WHERE e.release_id = releases.id) AS erasure_requests""".formatted(UTC);
    private static final String COLUMNS = "id, request_id, researcher_id, datasets, erase_by, obligations, state, issued_at";
    private static final String READ = COLUMNS + ", expires_at, revoked_at, erasure, flagged_reason, flagged_at, " + ERASURE_REQUESTS;

    private final JdbcClient jdbc;

    ReleaseRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ReleaseIssued event, @Timestamp Instant at) throws JsonProcessingException {
        jdbc.sql("INSERT INTO releases (" + COLUMNS + ", expires_at) VALUES (?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?)")
                .params(event.releaseId(), event.requestId(), event.researcherId(),
                        ContractJson.mapper().writeValueAsString(event.datasets()), event.eraseBy(),
                        ContractJson.mapper().writeValueAsString(event.obligations()), ReleaseState.ISSUED.name(),
                        java.sql.Timestamp.from(at), java.sql.Timestamp.from(ReleaseCalendar.expiresAt(event.eraseBy())))
                .update();
    }

    public Optional<ReleaseView> find(String releaseId) {
        return jdbc.sql("SELECT " + READ + " FROM releases WHERE id = ?").param(releaseId)
                .query((row, n) -> view(row)).optional();
    }

    List<ReleaseView> all() {
        return jdbc.sql("SELECT " + READ + " FROM releases ORDER BY issued_at DESC, id")
                .query((row, n) -> view(row)).list();
    }

    public Optional<ReleaseView> ofRequest(String requestId) {
        return jdbc.sql("SELECT " + READ + " FROM releases WHERE request_id = ?").param(requestId)
                .query((row, n) -> view(row)).optional();
    }

    List<ReleaseView> flagged() {
        return jdbc.sql("SELECT " + READ + " FROM releases WHERE flagged_at IS NOT NULL ORDER BY flagged_at, id")
                .query((row, n) -> view(row)).list();
    }

    /** Releases of a dataset whose data is still held: not yet certified as erased. */
    public List<ReleaseView> holding(String datasetId) {
        return jdbc.sql("SELECT " + READ + " FROM releases WHERE datasets @> jsonb_build_array(?::text) AND erasure <> ?"
                        + " ORDER BY issued_at, id")
                .params(datasetId, ErasureStatus.CERTIFIED.name()).query((row, n) -> view(row)).list();
    }

    public List<ReleaseView> ofResearcher(String researcherId) {
        return jdbc.sql("SELECT " + READ + " FROM releases WHERE researcher_id = ? ORDER BY issued_at DESC, id")
                .param(researcherId).query((row, n) -> view(row)).list();
    }

    private static ReleaseView view(ResultSet row) throws SQLException {
        try {
            return new ReleaseView(row.getString("id"), row.getString("request_id"), row.getString("researcher_id"),
                    ContractJson.mapper().readValue(row.getString("datasets"), new TypeReference<List<String>>() { }),
                    row.getObject("erase_by", LocalDate.class),
                    ContractJson.mapper().readValue(row.getString("obligations"), Obligations.class),
                    ReleaseState.valueOf(row.getString("state")), row.getTimestamp("issued_at").toInstant(),
                    instant(row, "expires_at"), instant(row, "revoked_at"), ErasureStatus.valueOf(row.getString("erasure")),
                    row.getString("flagged_reason"), instant(row, "flagged_at"),
                    ContractJson.mapper().readValue(row.getString("erasure_requests"), new TypeReference<List<ErasureRequestView>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable release row " + row.getString("id"), e);
        }
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        java.sql.Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
