package org.custodian.request.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.contracts.catalog.DatasetTerms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The catalog as a table, kept in step with dataset events in the same transaction. */
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
    }

    public Optional<DatasetView> find(String id) {
        return jdbc.sql("SELECT * FROM dataset WHERE id = ?").param(id).query(this::view).optional();
    }

    public List<DatasetView> all() {
        return jdbc.sql("SELECT * FROM dataset ORDER BY id").query(this::view).list();
    }

    /** The ids among {@code ids} that the catalog does not hold. */
    public List<String> unknown(Collection<String> ids) {
        List<String> known = jdbc.sql("SELECT id FROM dataset WHERE id = ANY(?)")
                .param(ids.toArray(String[]::new)).query(String.class).list();
        return ids.stream().filter(id -> !known.contains(id)).distinct().toList();
    }

    private DatasetView view(ResultSet row, int rowNumber) throws SQLException {
        try {
            return new DatasetView(row.getString("id"), row.getString("title"), row.getString("description"),
                    row.getInt("terms_version"), mapper.readValue(row.getString("terms"), DatasetTerms.class),
                    row.getTimestamp("registered_at").toInstant());
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable terms of dataset " + row.getString("id"), e);
        }
    }
}
