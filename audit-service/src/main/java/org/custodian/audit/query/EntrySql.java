package org.custodian.audit.query;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.custodian.audit.log.EntryRows;
import org.custodian.contracts.GovernanceCloudEvents;

/**
 * The SQL of a query. A dataset or researcher filter finds the entries that name it in their data
 * ({@code datasets}, {@code dataset_id}, {@code researcher_id}) and every entry about the same
 * subjects, so a request's decision and release come with the submission that named them; and the
 * entries whose subject is the dataset or researcher itself.
 */
final class EntrySql {

    private final StringBuilder sql = new StringBuilder(EntryRows.SELECT).append(" WHERE seq > ?");
    private final List<Object> params = new ArrayList<>();

    private EntrySql(EntryQuery query, DatasetReach datasetReach) {
        params.add(query.after());
        if (query.subject() != null) {
            and("subject = ?", query.subject());
        }
        if (query.type() != null) {
            and("(event_type = ? OR event_type ~ ?)", query.type(), query.typeSuffixPattern());
        }
        if (query.dataset() != null) {
            aboutDatasetSubjects(query.dataset(), datasetReach);
        }
        if (query.researcher() != null) {
            aboutResearcherSubjects(query.researcher());
        }
        if (query.actor() != null) {
            and("actor = ?", query.actor());
        }
        if (query.onBehalfOf() != null) {
            // the claim lives in the hashed envelope; containment uses its GIN index
            and("envelope @> CAST(? AS jsonb)", claim(query.onBehalfOf()));
        }
        if (query.from() != null) {
            and("coalesce(event_time, received_at) >= ?", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            and("coalesce(event_time, received_at) < ?", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
    }

    static EntrySql of(EntryQuery query, int limit, DatasetReach datasetReach) {
        EntrySql entrySql = new EntrySql(query, datasetReach);
        entrySql.sql.append(" ORDER BY seq LIMIT ?");
        entrySql.params.add(limit);
        return entrySql;
    }

    String sql() {
        return sql.toString();
    }

    Object[] params() {
        return params.toArray();
    }

    /**
     * A researcher is named by few entries: their subjects are collected first (GIN index) into an
     * array, so the outer query is index lookups by subject rather than a walk of the log in seq order.
     */
    private void aboutResearcherSubjects(String researcher) {
        sql.append(" AND subject = ANY (ARRAY(SELECT DISTINCT subject FROM audit_entry"
                + " WHERE envelope @> CAST(? AS jsonb)) || CAST(? AS text))");
        params.add(data("researcher_id", researcher));
        params.add(researcher);
    }

    /**
     * A dataset's subjects come from {@code audit_dataset_subject} (an index range). Then, for a dataset
     * about many subjects, walking the log in seq order and checking each entry against their hashed set
     * finds a page soonest, starting at the first entry about any of them or the dataset itself (two index
     * probes), so that the log before the dataset's time is skipped; for a dataset about few subjects,
     * looking their entries up by subject is sooner.
     */
    private void aboutDatasetSubjects(String dataset, DatasetReach reach) {
        if (reach == DatasetReach.MANY_SUBJECTS) {
            sql.append(" AND seq >= least((SELECT min(first_seq) FROM audit_dataset_subject WHERE dataset_id = ?),"
                    + " (SELECT seq FROM audit_entry f WHERE f.subject = ? ORDER BY seq LIMIT 1))"
                    + " AND (subject = ? OR subject IN (SELECT subject FROM audit_dataset_subject WHERE dataset_id = ?))");
            params.add(dataset);
            params.add(dataset);
        } else {
            sql.append(" AND subject = ANY (ARRAY(SELECT subject FROM audit_dataset_subject WHERE dataset_id = ?)"
                    + " || CAST(? AS text))");
        }
        params.add(dataset);
        params.add(dataset);
    }

    private void and(String condition, Object... values) {
        sql.append(" AND ").append(condition);
        params.addAll(List.of(values));
    }

    /** {"onbehalfof": subject}, for jsonb containment. */
    private static String claim(String subject) {
        return JsonNodeFactory.instance.objectNode().put(GovernanceCloudEvents.ON_BEHALF_OF_EXTENSION, subject).toString();
    }

    /** {"data": {field: value}}, for jsonb containment. */
    private static String data(String field, String value) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put(field, value);
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.set("data", data);
        return envelope.toString();
    }
}
