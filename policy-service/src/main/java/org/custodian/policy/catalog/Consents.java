package org.custodian.policy.catalog;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.catalog.ConsentRecorded;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The consent held for each dataset, shaped as the policy's {@code input.consent[id]}: whether the whole
 * dataset's consent was withdrawn, and per cohort the basis last recorded and whether it withdrew since.
 * Consent recorded again after a withdrawal stands again. A withdrawal of named subjects changes neither:
 * release-service has their records erased, and the rest of the cohort still consents.
 */
@Component
public class Consents {

    /** The cohort of a record about the whole dataset. */
    private static final String WHOLE_DATASET = "";

    private final JdbcClient jdbc;

    Consents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(ConsentRecorded recorded, Instant at) {
        jdbc.sql("""
                INSERT INTO consent_held (dataset_id, cohort, basis, subjects, withdrawn, updated_at)
                VALUES (?, ?, ?, ?, false, ?)
                ON CONFLICT (dataset_id, cohort) DO UPDATE
                SET basis = EXCLUDED.basis, subjects = EXCLUDED.subjects, withdrawn = false, updated_at = EXCLUDED.updated_at
                WHERE consent_held.updated_at <= EXCLUDED.updated_at""")
                .params(recorded.datasetId(), cohort(recorded.cohort()), recorded.basis(), recorded.subjects(),
                        Timestamp.from(at))
                .update();
    }

    void record(ConsentWithdrawn withdrawn, Instant at) {
        if (!withdrawn.subjectRefs().isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO consent_held (dataset_id, cohort, withdrawn, updated_at) VALUES (?, ?, true, ?)
                ON CONFLICT (dataset_id, cohort) DO UPDATE SET withdrawn = true, updated_at = EXCLUDED.updated_at
                WHERE consent_held.updated_at <= EXCLUDED.updated_at""")
                .params(withdrawn.datasetId(), cohort(withdrawn.cohort()), Timestamp.from(at))
                .update();
    }

    /** {@code {id: {"withdrawn": …, "cohorts": {cohort: {basis, subjects, withdrawn}}}}} for each of {@code ids}. */
    public ObjectNode heldFor(Collection<String> ids) {
        ObjectNode consent = ContractJson.mapper().createObjectNode();
        ids.forEach(id -> consent.putObject(id).put("withdrawn", false).putObject("cohorts"));
        if (ids.isEmpty()) {
            return consent;
        }
        jdbc.sql("""
                SELECT dataset_id, cohort, basis, subjects, withdrawn FROM consent_held
                WHERE dataset_id IN (:ids) ORDER BY dataset_id, cohort""")
                .param("ids", ids)
                .query((row, n) -> {
                    ObjectNode dataset = (ObjectNode) consent.get(row.getString("dataset_id"));
                    if (WHOLE_DATASET.equals(row.getString("cohort"))) {
                        dataset.put("withdrawn", row.getBoolean("withdrawn"));
                    } else {
                        ((ObjectNode) dataset.get("cohorts")).putObject(row.getString("cohort"))
                                .put("basis", row.getString("basis"))
                                .put("subjects", (Integer) row.getObject("subjects"))
                                .put("withdrawn", row.getBoolean("withdrawn"));
                    }
                    return n;
                })
                .list();
        return consent;
    }

    private static String cohort(String cohort) {
        return cohort == null ? WHOLE_DATASET : cohort;
    }
}
