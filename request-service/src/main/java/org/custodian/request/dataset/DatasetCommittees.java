package org.custodian.request.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.custodian.contracts.requests.VotingRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each dataset's review committee as a table, kept in step with the committee events. */
@Component
@ProcessingGroup("dataset-catalog")
public class DatasetCommittees {

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    DatasetCommittees(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @EventHandler
    void on(CommitteeChanged event, @Timestamp Instant at) throws JsonProcessingException {
        jdbc.sql("""
                INSERT INTO dataset_committee (dataset_id, reviewers, approvals_required, blinded, voting, changed_at)
                VALUES (?, ?::jsonb, ?, ?, ?, ?)
                ON CONFLICT (dataset_id) DO UPDATE SET reviewers = excluded.reviewers,
                    approvals_required = excluded.approvals_required, blinded = excluded.blinded,
                    voting = excluded.voting, changed_at = excluded.changed_at""")
                .params(event.datasetId(), mapper.writeValueAsString(event.reviewers()), event.approvalsRequired(),
                        event.blinded(), event.committee().voting().wireName(), java.sql.Timestamp.from(at))
                .update();
    }

    public Optional<Committee> of(String datasetId) {
        return jdbc.sql("SELECT * FROM dataset_committee WHERE dataset_id = ?").param(datasetId)
                .query(this::committee).optional();
    }

    /** Everyone who sits on any committee: the pool stewards choose a review's reviewers from. */
    public List<String> pool() {
        return jdbc.sql("SELECT DISTINCT jsonb_array_elements_text(reviewers) AS reviewer FROM dataset_committee ORDER BY 1")
                .query((row, n) -> row.getString("reviewer")).list();
    }

    private Committee committee(ResultSet row, int rowNumber) throws SQLException {
        try {
            return new Committee(mapper.readValue(row.getString("reviewers"), IDS), row.getInt("approvals_required"),
                    row.getBoolean("blinded"), VotingRule.fromWireName(row.getString("voting")));
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable committee of dataset " + row.getString("dataset_id"), e);
        }
    }
}
