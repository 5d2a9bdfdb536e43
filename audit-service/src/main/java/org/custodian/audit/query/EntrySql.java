package org.custodian.audit.query;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.custodian.audit.log.EntryRows;

/**
 * The SQL of a query. A dataset or researcher filter finds the entries that name it in their data
 * ({@code datasets}, {@code dataset_id}, {@code researcher_id}) and every entry about the same
 * subjects, so a request's decision and release come with the submission that named them.
 */
final class EntrySql {

    private final StringBuilder sql = new StringBuilder(EntryRows.SELECT).append(" WHERE seq > ?");
    private final List<Object> params = new ArrayList<>();

    private EntrySql(EntryQuery query) {
        params.add(query.after());
        if (query.subject() != null) {
            and("subject = ?", query.subject());
        }
        if (query.type() != null) {
            and("(event_type = ? OR event_type ~ ?)", query.type(), query.typeSuffixPattern());
        }
        if (query.dataset() != null) {
            aboutSubjectsNaming(query.dataset(), data("datasets", query.dataset(), true), data("dataset_id", query.dataset(), false));
        }
        if (query.researcher() != null) {
            aboutSubjectsNaming(query.researcher(), data("researcher_id", query.researcher(), false), null);
        }
        if (query.actor() != null) {
            and("actor = ?", query.actor());
        }
        if (query.from() != null) {
            and("coalesce(event_time, received_at) >= ?", OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        }
        if (query.to() != null) {
            and("coalesce(event_time, received_at) < ?", OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        }
    }

    static EntrySql of(EntryQuery query, int limit) {
        EntrySql entrySql = new EntrySql(query);
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
     * array, so the outer query is index lookups by subject rather than a walk of the log in seq
     * order. A dataset is named by many, so walking in seq order finds a page of matches sooner.
     */
    private void aboutSubjectsNaming(String id, String containment, String orContainment) {
        if (orContainment == null) {
            sql.append(" AND subject = ANY (ARRAY(SELECT DISTINCT subject FROM audit_entry"
                    + " WHERE envelope @> CAST(? AS jsonb)) || CAST(? AS text))");
            params.add(containment);
            params.add(id);
            return;
        }
        sql.append(" AND (subject = ? OR subject IN (SELECT subject FROM audit_entry"
                + " WHERE envelope @> CAST(? AS jsonb) OR envelope @> CAST(? AS jsonb)))");
        params.addAll(List.of(id, containment, orContainment));
    }

    private void and(String condition, Object... values) {
        sql.append(" AND ").append(condition);
        params.addAll(List.of(values));
    }

    /** {"data": {field: value}} or {"data": {field: [value]}}, for jsonb containment. */
    private static String data(String field, String value, boolean inArray) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        if (inArray) {
            data.putArray(field).add(value);
        } else {
            data.put(field, value);
        }
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        envelope.set("data", data);
        return envelope.toString();
    }
}
