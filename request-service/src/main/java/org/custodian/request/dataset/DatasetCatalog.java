package org.custodian.request.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetRetired;
import org.custodian.contracts.catalog.DatasetTerms;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The catalog as a table, with every terms version, kept in step with dataset events in the same transaction. */
@Component
@ProcessingGroup("dataset-catalog")
public class DatasetCatalog {

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;

    DatasetCatalog(JdbcClient jdbc, ObjectMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    @EventHandler
    void on(DatasetRegistered event, @Timestamp Instant at) throws JsonProcessingException {
        jdbc.sql("""
                INSERT INTO dataset (id, title, description, terms_version, terms, registered_at)
                VALUES (?, ?, ?, ?, ?::jsonb, ?)""")
                .params(event.datasetId(), event.title(), event.description(), event.termsVersion(),
                        mapper.writeValueAsString(event.terms()), java.sql.Timestamp.from(at))
                .update();
        keep(event.datasetId(), event.termsVersion(), event.terms(), at);
    }

    @EventHandler
    void on(DatasetTermsChanged event, @Timestamp Instant at) throws JsonProcessingException {
        jdbc.sql("UPDATE dataset SET terms_version = ?, terms = ?::jsonb WHERE id = ?")
                .params(event.termsVersion(), mapper.writeValueAsString(event.terms()), event.datasetId())
                .update();
        keep(event.datasetId(), event.termsVersion(), event.terms(), at);
    }

    @EventHandler
    void on(DatasetRetired event, @Timestamp Instant at) {
        jdbc.sql("UPDATE dataset SET retired_at = ?, retired_reason = ? WHERE id = ?")
                .params(java.sql.Timestamp.from(at), event.reason(), event.datasetId()).update();
    }

    /** The ids among {@code ids} that a steward retired. */
    public List<String> retired(Collection<String> ids) {
        return jdbc.sql("SELECT id FROM dataset WHERE id = ANY(?) AND retired_at IS NOT NULL ORDER BY id")
                .param(ids.toArray(String[]::new)).query(String.class).list();
    }

    private void keep(String datasetId, int version, DatasetTerms terms, Instant at) throws JsonProcessingException {
        jdbc.sql("INSERT INTO dataset_terms (dataset_id, version, terms, changed_at) VALUES (?, ?, ?::jsonb, ?)")
                .params(datasetId, version, mapper.writeValueAsString(terms), java.sql.Timestamp.from(at))
                .update();
    }

    public Optional<DatasetView> find(String id) {
        return jdbc.sql("SELECT * FROM dataset WHERE id = ?").param(id).query(this::view).optional();
    }

    public List<DatasetView> all() {
        return jdbc.sql("SELECT * FROM dataset ORDER BY id").query(this::view).list();
    }

    /** One page of the datasets matching every filter of {@code query}, in id order. */
    List<DatasetView> search(CatalogQuery query) {
        return query.apply(jdbc, "SELECT * FROM dataset").query(this::view).list();
    }

    /** Every version of a dataset's terms, oldest first. */
    List<TermsVersion> termsHistory(String id) {
        return jdbc.sql("SELECT * FROM dataset_terms WHERE dataset_id = ? ORDER BY version").param(id)
                .query(this::termsVersion).list();
    }

    /** The current terms version of each of {@code ids} that the catalog holds. */
    public Map<String, Integer> termsVersions(Collection<String> ids) {
        Map<String, Integer> versions = new LinkedHashMap<>();
        jdbc.sql("SELECT id, terms_version FROM dataset WHERE id = ANY(?) ORDER BY id")
                .param(ids.toArray(String[]::new))
                .query(row -> {
                    versions.put(row.getString("id"), row.getInt("terms_version"));
                });
        return versions;
    }

    /** The ids among {@code ids} that the catalog does not hold. */
    public List<String> unknown(Collection<String> ids) {
        List<String> known = jdbc.sql("SELECT id FROM dataset WHERE id = ANY(?)")
                .param(ids.toArray(String[]::new)).query(String.class).list();
        return ids.stream().filter(id -> !known.contains(id)).distinct().toList();
    }

    private DatasetView view(ResultSet row, int rowNumber) throws SQLException {
        return new DatasetView(row.getString("id"), row.getString("title"), row.getString("description"),
                row.getInt("terms_version"), terms(row), row.getTimestamp("registered_at").toInstant(),
                row.getTimestamp("retired_at") == null ? null : row.getTimestamp("retired_at").toInstant());
    }

    private TermsVersion termsVersion(ResultSet row, int rowNumber) throws SQLException {
        return new TermsVersion(row.getInt("version"), terms(row), row.getTimestamp("changed_at").toInstant());
    }

    private DatasetTerms terms(ResultSet row) throws SQLException {
        try {
            return mapper.readValue(row.getString("terms"), DatasetTerms.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable terms of a dataset", e);
        }
    }

    /** One version of a dataset's terms and when it took effect. */
    record TermsVersion(int version, DatasetTerms terms, Instant changedAt) {
    }
}
