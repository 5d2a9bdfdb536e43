package org.custodian.policy.decision;

import java.util.List;
import org.custodian.contracts.requests.RequestSubmitted;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read a request's decisions (invariant 8): its requester, the reviewers of its latest panel,
 * stewards and compliance. Projected from {@code request.submitted} and {@code review.assigned}.
 */
@Component
class RequestAudience {

    private final JdbcClient jdbc;

    RequestAudience(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void submitted(RequestSubmitted submitted) {
        jdbc.sql("""
                INSERT INTO request_audience (request_id, researcher_id) VALUES (?, ?)
                ON CONFLICT (request_id) DO UPDATE SET researcher_id = EXCLUDED.researcher_id""")
                .params(submitted.requestId(), submitted.researcherId()).update();
    }

    /** A new panel replaces the one before: who sits on it now reads. */
    void assigned(ReviewAssigned assigned) {
        jdbc.sql("UPDATE request_audience SET reviewers = ? WHERE request_id = ?")
                .params(assigned.reviewers().toArray(String[]::new), assigned.requestId()).update();
    }

    /** Whether the request is known and the caller may see it; one the caller may not see is as unknown. */
    boolean mayRead(String requestId, Caller caller) {
        return jdbc.sql("SELECT researcher_id, reviewers FROM request_audience WHERE request_id = ?").param(requestId)
                .query((row, n) -> new Readers(row.getString("researcher_id"),
                        List.of((String[]) row.getArray("reviewers").getArray())))
                .optional().filter(readers -> readers.include(caller)).isPresent();
    }

    private record Readers(String researcherId, List<String> reviewers) {

        boolean include(Caller caller) {
            return caller.hasAny(Role.STEWARD, Role.COMPLIANCE) || researcherId.equals(caller.subject())
                    || caller.has(Role.REVIEWER) && reviewers.contains(caller.subject());
        }
    }
}
