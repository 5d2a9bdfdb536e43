package org.custodian.policy.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.custodian.contracts.ContractJson;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Each dataset's governance terms, shaped as the policy's {@code data.datasets[id]}; the newest version wins. */
@Component
public class Datasets {

    private final JdbcClient jdbc;

    Datasets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(DatasetRegistered dataset, Instant at) {
        record(dataset.datasetId(), dataset.termsVersion(), dataset.terms(), at);
    }

    void record(DatasetTermsChanged changed, Instant at) {
        record(changed.datasetId(), changed.termsVersion(), changed.terms(), at);
    }

    private void record(String datasetId, int termsVersion, DatasetTerms terms, Instant at) {
        jdbc.sql("""
                INSERT INTO dataset_terms (dataset_id, terms_version, terms, updated_at) VALUES (?, ?, ?::jsonb, ?)
                ON CONFLICT (dataset_id) DO UPDATE
                SET terms_version = EXCLUDED.terms_version, terms = EXCLUDED.terms, updated_at = EXCLUDED.updated_at
                WHERE dataset_terms.terms_version <= EXCLUDED.terms_version""")
                .params(datasetId, termsVersion, json(terms), java.sql.Timestamp.from(at))
                .update();
    }

    /** {@code {id: terms}} for those of {@code ids} the catalog holds; unknown ids are simply absent. */
    public ObjectNode termsOf(Collection<String> ids) {
        ObjectNode terms = ContractJson.mapper().createObjectNode();
        if (ids.isEmpty()) {
            return terms;
        }
        jdbc.sql("SELECT dataset_id, terms FROM dataset_terms WHERE dataset_id IN (:ids) ORDER BY dataset_id")
                .param("ids", ids)
                .query((row, n) -> Map.entry(row.getString("dataset_id"), read(row.getString("terms"))))
                .list()
                .forEach(entry -> terms.set(entry.getKey(), entry.getValue()));
        return terms;
    }

    private static String json(DatasetTerms terms) {
        try {
            return ContractJson.mapper().writeValueAsString(terms);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) ContractJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable terms in the projection", e);
        }
    }
}
