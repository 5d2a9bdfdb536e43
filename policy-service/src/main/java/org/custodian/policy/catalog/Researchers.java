package org.custodian.policy.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Researcher credentials as the catalog last announced them. */
@Component
public class Researchers {

    private final JdbcClient jdbc;

    Researchers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(ResearcherRegistered researcher, Instant at) {
        record(Requester.from(researcher), at);
    }

    /** Credentials changes replace what was held; the catalog topic is keyed by researcher, so they arrive in order. */
    void record(ResearcherCredentialsChanged changed, Instant at) {
        record(Requester.from(changed), at);
    }

    private void record(Requester requester, Instant at) {
        jdbc.sql("""
                INSERT INTO requester (researcher_id, credentials, updated_at) VALUES (?, ?::jsonb, ?)
                ON CONFLICT (researcher_id) DO UPDATE SET credentials = EXCLUDED.credentials, updated_at = EXCLUDED.updated_at""")
                .params(requester.id(), json(requester), java.sql.Timestamp.from(at))
                .update();
    }

    /** Whether the catalog has told this projection about the researcher. */
    public boolean knows(String researcherId) {
        return jdbc.sql("SELECT 1 FROM requester WHERE researcher_id = ?").param(researcherId).query(Integer.class)
                .optional().isPresent();
    }

    /** The requester's credentials, or none at all for someone the catalog does not know. */
    public Requester requester(String researcherId) {
        return jdbc.sql("SELECT credentials FROM requester WHERE researcher_id = ?").param(researcherId)
                .query(String.class).optional()
                .map(Researchers::read)
                .orElseGet(() -> Requester.unknown(researcherId));
    }

    private static String json(Requester requester) {
        try {
            return ContractJson.mapper().writeValueAsString(requester);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Requester read(String json) {
        try {
            return ContractJson.mapper().readValue(json, Requester.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable credentials in the projection", e);
        }
    }
}
