package org.custodian.policy.rollout;

import java.sql.Timestamp;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.custodian.contracts.EventType;
import org.custodian.contracts.decisions.PolicyActivated;
import org.custodian.policy.catalog.Change;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Every activation, written in the transaction that announced it (its event id is its CloudEvents id). */
@Component
@ProcessingGroup("policy-activations")
class PolicyActivations {

    private final JdbcClient jdbc;

    PolicyActivations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PolicyActivated activated, @MessageIdentifier String eventId) {
        jdbc.sql("""
                INSERT INTO policy_activation (event_id, revision, previous_revision, activated_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")
                .params(eventId, activated.revision(), activated.previousRevision(), Timestamp.from(activated.activatedAt()))
                .update();
    }

    /** The latest activation of {@code revision}, as the change its re-evaluations name. */
    Optional<Change> latestOf(String revision) {
        return jdbc.sql("""
                SELECT event_id, activated_at FROM policy_activation WHERE revision = ?
                ORDER BY activated_at DESC, event_id DESC LIMIT 1""")
                .param(revision)
                .query((row, n) -> new Change(EventType.POLICY_ACTIVATED.cloudEventType(), row.getString("event_id"),
                        row.getTimestamp("activated_at").toInstant()))
                .optional();
    }
}
