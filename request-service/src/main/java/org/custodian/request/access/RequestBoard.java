package org.custodian.request.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.custodian.contracts.requests.RequestApproved;
import org.custodian.contracts.requests.RequestChangesRequested;
import org.custodian.contracts.requests.RequestRejected;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.RequestWithdrawn;
import org.custodian.contracts.requests.ReviewAssigned;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each request's current state as a table, kept in step with its events in the same transaction; a
 * resubmitted version replaces the datasets and moves the request back to SUBMITTED.
 */
@Component
@ProcessingGroup("request-board")
class RequestBoard {

    private static final TypeReference<List<String>> DATASETS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    RequestBoard(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @EventHandler
    void on(RequestSubmitted event, @Timestamp Instant at) throws JsonProcessingException {
        jdbc.sql("""
                INSERT INTO access_request (id, researcher_id, state, datasets, submitted_at, updated_at)
                VALUES (?, ?, ?, ?::jsonb, ?, ?)
                ON CONFLICT (id) DO UPDATE SET state = excluded.state, datasets = excluded.datasets,
                    updated_at = excluded.updated_at""")
                .params(event.requestId(), event.researcherId(), RequestState.SUBMITTED.name(),
                        mapper.writeValueAsString(event.datasets()), java.sql.Timestamp.from(at), java.sql.Timestamp.from(at))
                .update();
    }

    @EventHandler
    void on(ReviewAssigned event, @Timestamp Instant at) {
        move(event.requestId(), RequestState.AWAITING_REVIEW, at);
    }

    @EventHandler
    void on(RequestChangesRequested event, @Timestamp Instant at) {
        move(event.requestId(), RequestState.CHANGES_REQUESTED, at);
    }

    @EventHandler
    void on(RequestApproved event, @Timestamp Instant at) {
        move(event.requestId(), RequestState.APPROVED, at);
    }

    @EventHandler
    void on(RequestRejected event, @Timestamp Instant at) {
        move(event.requestId(), RequestState.REJECTED, at);
    }

    @EventHandler
    void on(RequestWithdrawn event, @Timestamp Instant at) {
        move(event.requestId(), RequestState.WITHDRAWN, at);
    }

    Optional<RequestSummary> find(String requestId) {
        return jdbc.sql("SELECT id, researcher_id, state, datasets FROM access_request WHERE id = ?").param(requestId)
                .query(this::summary).optional();
    }

    /** The requests under review for {@code datasetId}, among others. */
    List<RequestSummary> awaitingReview(String datasetId) {
        return jdbc.sql("""
                SELECT id, researcher_id, state, datasets FROM access_request
                WHERE state = 'AWAITING_REVIEW' AND datasets @> jsonb_build_array(?::text) ORDER BY submitted_at""")
                .param(datasetId).query(this::summary).list();
    }

    private RequestSummary summary(java.sql.ResultSet row, int n) throws java.sql.SQLException {
        return new RequestSummary(row.getString("id"), row.getString("researcher_id"),
                RequestState.valueOf(row.getString("state")), datasets(row.getString("datasets")));
    }

    private List<String> datasets(String json) {
        try {
            return mapper.readValue(json, DATASETS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable datasets of a request", e);
        }
    }

    private void move(String requestId, RequestState state, Instant at) {
        jdbc.sql("UPDATE access_request SET state = ?, updated_at = ? WHERE id = ?")
                .params(state.name(), java.sql.Timestamp.from(at), requestId).update();
    }

    record RequestSummary(String id, String researcherId, RequestState state, List<String> datasets) {
    }
}
