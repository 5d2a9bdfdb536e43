package org.custodian.audit.log;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code audit_dataset_subject}: which subjects have an entry naming a dataset in its data
 * ({@code datasets[]} or {@code dataset_id}), kept by the appender so the dataset filter reads an index
 * range instead of every entry naming the dataset, with the subject's first entry, where a filter's walk
 * of the log can start. See {@code V8__dataset_subjects.sql}.
 */
@Repository
class DatasetSubjects {

    private final JdbcClient jdbc;

    DatasetSubjects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Within the append's transaction: one statement for the whole batch. */
    void record(List<EntryContent> entries) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        for (EntryContent entry : entries) {
            JsonNode data = entry.envelope().path("data");
            if (entry.subject() == null || !data.isObject()) {
                continue;
            }
            data.path("datasets").forEach(dataset -> {
                if (dataset.isTextual()) {
                    pairs.add(List.of(dataset.textValue(), entry.subject()));
                }
            });
            if (data.path("dataset_id").isTextual()) {
                pairs.add(List.of(data.get("dataset_id").textValue(), entry.subject()));
            }
        }
        if (!pairs.isEmpty()) {
            // after the batch's rows are inserted, so a subject's first entry may be one of them
            jdbc.sql("""
                    INSERT INTO audit_dataset_subject (dataset_id, subject, first_seq)
                    SELECT pair.dataset_id, pair.subject,
                           (SELECT f.seq FROM audit_entry f WHERE f.subject = pair.subject ORDER BY f.seq LIMIT 1)
                    FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS pair (dataset_id, subject)
                    WHERE NOT EXISTS (SELECT 1 FROM audit_dataset_subject known
                                      WHERE known.dataset_id = pair.dataset_id AND known.subject = pair.subject)
                    ON CONFLICT DO NOTHING""")
                    .params(pairs.stream().map(pair -> pair.get(0)).toArray(String[]::new),
                            pairs.stream().map(pair -> pair.get(1)).toArray(String[]::new))
                    .update();
        }
    }
}
