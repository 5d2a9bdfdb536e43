package org.custodian.request.manuscript;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.contracts.releases.ReleaseIssued;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The releases that manuscripts can be written from, with what their obligations say about publishing. */
@Component
class ReleaseBook {

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    enum State { ISSUED, REVOKED, EXPIRED }

    /** A release as manuscripts see it. */
    record Release(String releaseId, String requestId, String researcherId, List<String> datasets,
                   String publicationReview, LocalDate noPublicationBefore, State state) {
    }

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    ReleaseBook(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    void issued(ReleaseIssued event, Instant at) throws JsonProcessingException {
        Obligations obligations = event.obligations();
        jdbc.sql("""
                INSERT INTO manuscript_release (release_id, request_id, researcher_id, datasets, publication_review,
                    no_publication_before, state, issued_at)
                VALUES (?, ?, ?, ?::jsonb, ?, ?, ?, ?) ON CONFLICT (release_id) DO NOTHING""")
                .params(event.releaseId(), event.requestId(), event.researcherId(), mapper.writeValueAsString(event.datasets()),
                        obligations == null ? null : obligations.publicationReview(),
                        obligations == null || obligations.noPublicationBefore() == null ? null
                                : Date.valueOf(obligations.noPublicationBefore()),
                        State.ISSUED.name(), Timestamp.from(at))
                .update();
    }

    void ended(String releaseId, State state) {
        jdbc.sql("UPDATE manuscript_release SET state = ? WHERE release_id = ? AND state = ?")
                .params(state.name(), releaseId, State.ISSUED.name()).update();
    }

    Optional<Release> find(String releaseId) {
        return jdbc.sql("SELECT * FROM manuscript_release WHERE release_id = ?").param(releaseId)
                .query(this::release).optional();
    }

    private Release release(ResultSet row, int rowNumber) throws SQLException {
        Date moratorium = row.getDate("no_publication_before");
        try {
            return new Release(row.getString("release_id"), row.getString("request_id"), row.getString("researcher_id"),
                    mapper.readValue(row.getString("datasets"), IDS), row.getString("publication_review"),
                    moratorium == null ? null : moratorium.toLocalDate(), State.valueOf(row.getString("state")));
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable datasets of release " + row.getString("release_id"), e);
        }
    }
}
