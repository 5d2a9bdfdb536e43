package org.custodian.policy.reevaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.requests.RequestSubmitted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What each request asked for, and which are approved: the ones a change can affect. */
@Component
public class LiveRequests {

    private final JdbcClient jdbc;

    LiveRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A resubmission replaces what was asked for, and awaits approval again. */
    public void submitted(RequestSubmitted submitted) {
        jdbc.sql("""
                INSERT INTO live_request (request_id, submission, datasets) VALUES (?, ?::jsonb, ?)
                ON CONFLICT (request_id) DO UPDATE
                SET submission = EXCLUDED.submission, datasets = EXCLUDED.datasets, approved = false""")
                .params(submitted.requestId(), json(submitted), submitted.datasets().toArray(String[]::new)).update();
    }

    public void approved(String requestId) {
        jdbc.sql("UPDATE live_request SET approved = true WHERE request_id = ?").param(requestId).update();
    }

    List<RequestSubmitted> approvedUsing(String datasetId) {
        return jdbc.sql("SELECT submission FROM live_request WHERE approved AND ? = ANY(datasets) ORDER BY request_id")
                .param(datasetId).query(String.class).list().stream().map(LiveRequests::read).toList();
    }

    private static String json(RequestSubmitted submitted) {
        try {
            return ContractJson.mapper().writeValueAsString(submitted);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestSubmitted read(String json) {
        try {
            return ContractJson.mapper().readValue(json, RequestSubmitted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable submission in live_request", e);
        }
    }
}
