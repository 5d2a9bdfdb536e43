package org.custodian.policy.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.decisions.Decision;
import org.custodian.contracts.decisions.DecisionMade;
import org.custodian.contracts.decisions.DecisionReEvaluated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every decision made, by request, written in the transaction that made it. */
@Component
@ProcessingGroup("decision-book")
class DecisionBook {

    private final JdbcClient jdbc;

    DecisionBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(DecisionMade made) throws JsonProcessingException {
        record(made.decisionId(), made.requestId(), made.evaluatedAt(), made.decision());
    }

    @EventHandler
    void on(DecisionReEvaluated again) throws JsonProcessingException {
        record(again.decisionId(), again.requestId(), again.evaluatedAt(), again.decision());
    }

    private void record(String decisionId, String requestId, Instant evaluatedAt, Decision decision)
            throws JsonProcessingException {
        jdbc.sql("""
                INSERT INTO decision (decision_id, request_id, evaluated_at, outcome, document)
                VALUES (?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""")
                .params(decisionId, requestId, Timestamp.from(evaluatedAt), decision.outcome().wireName(),
                        ContractJson.mapper().writeValueAsString(decision))
                .update();
    }

    List<DecisionMade> forRequest(String requestId) {
        return jdbc.sql("""
                SELECT decision_id, request_id, evaluated_at, document FROM decision
                WHERE request_id = ? ORDER BY evaluated_at, decision_id""")
                .param(requestId)
                .query((row, n) -> new DecisionMade(row.getString("decision_id"), row.getString("request_id"),
                        row.getTimestamp("evaluated_at").toInstant(), read(row.getString("document"))))
                .list();
    }

    private static Decision read(String document) {
        try {
            return ContractJson.mapper().readValue(document, Decision.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable decision in the projection", e);
        }
    }
}
