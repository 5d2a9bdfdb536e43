package org.custodian.release.standing;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.decisions.Outcome;
import org.custodian.contracts.requests.ReviewVote;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of request standings; a later decision replaces an earlier one, an older one is ignored. */
@Repository
public class RequestStandings {

    private final JdbcClient jdbc;

    RequestStandings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void decided(String requestId, String decisionId, Outcome outcome, Instant at) {
        jdbc.sql("""
                INSERT INTO request_standing (request_id, decision_id, outcome, decided_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (request_id) DO UPDATE SET decision_id = excluded.decision_id, outcome = excluded.outcome,
                    decided_at = excluded.decided_at
                WHERE request_standing.decided_at IS NULL OR request_standing.decided_at <= excluded.decided_at""")
                .params(requestId, decisionId, outcome.name(), Timestamp.from(at)).update();
    }

    // A new review (after changes were requested, say) starts with no votes, as request-service's does; a
    // re-assignment on the same decision keeps the votes of the reviewers who stay on the panel.
    void reviewAssigned(String requestId, String decisionId, List<String> reviewers, int approvalsRequired) {
        jdbc.sql("""
                DELETE FROM request_approval_vote v WHERE v.request_id = ? AND NOT (
                    v.reviewer_id IN (SELECT jsonb_array_elements_text(?::jsonb))
                    AND EXISTS (SELECT 1 FROM request_standing s WHERE s.request_id = v.request_id
                                AND s.review_decision_id = ?))""")
                .params(requestId, json(reviewers), decisionId).update();
        jdbc.sql("""
                INSERT INTO request_standing (request_id, approvals_required, review_decision_id) VALUES (?, ?, ?)
                ON CONFLICT (request_id) DO UPDATE SET approvals_required = excluded.approvals_required,
                    review_decision_id = excluded.review_decision_id""")
                .params(requestId, approvalsRequired, decisionId).update();
    }

    void stewardApproved(String requestId, String decisionId) {
        jdbc.sql("""
                INSERT INTO request_standing (request_id, steward_approved_decision_id) VALUES (?, ?)
                ON CONFLICT (request_id) DO UPDATE SET steward_approved_decision_id = excluded.steward_approved_decision_id""")
                .params(requestId, decisionId).update();
    }

    void voteCast(String requestId, String reviewerId, ReviewVote vote) {
        jdbc.sql("""
                INSERT INTO request_approval_vote (request_id, reviewer_id, vote) VALUES (?, ?, ?)
                ON CONFLICT (request_id, reviewer_id) DO UPDATE SET vote = excluded.vote""")
                .params(requestId, reviewerId, vote.name()).update();
    }

    private static String json(List<String> values) {
        try {
            return ContractJson.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public Optional<RequestStanding> find(String requestId) {
        return jdbc.sql("""
                SELECT s.request_id, s.decision_id, s.outcome, COALESCE(s.approvals_required, 0) AS required, s.review_decision_id,
                    s.steward_approved_decision_id,
                    (SELECT count(*) FROM request_approval_vote v WHERE v.request_id = s.request_id AND v.vote = 'APPROVE') AS approvals
                FROM request_standing s WHERE s.request_id = ?""")
                .param(requestId)
                .query((row, n) -> new RequestStanding(row.getString("request_id"), row.getString("decision_id"),
                        row.getString("outcome") == null ? null : Outcome.valueOf(row.getString("outcome")),
                        row.getInt("required"), row.getInt("approvals"), row.getString("review_decision_id"),
                        row.getString("steward_approved_decision_id")))
                .optional();
    }
}
