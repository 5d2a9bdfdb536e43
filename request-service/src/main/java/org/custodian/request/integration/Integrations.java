package org.custodian.request.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.custodian.support.secrets.SealedColumn;
import org.custodian.support.secrets.SealedStore;
import org.custodian.support.secrets.SecretSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The integrations added through the API, and their secrets, stored sealed. */
@Component
class Integrations implements SealedStore {

    private final JdbcClient jdbc;
    private final SealedColumn secrets;

    Integrations(JdbcClient jdbc, SecretSeal seal) {
        this.jdbc = jdbc;
        this.secrets = new SealedColumn(jdbc, seal, "integration_secret", "id", "sealed_secret");
    }

    boolean add(String name, String admin, Instant at) {
        return jdbc.sql("""
                INSERT INTO integration (name, created_by, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING""")
                .params(name, admin, Timestamp.from(at)).update() == 1;
    }

    void addSecret(String name, String id, String secret, Instant at) {
        jdbc.sql("INSERT INTO integration_secret (id, integration, sealed_secret, created_at) VALUES (?, ?, ?, ?)")
                .params(id, name, secrets.seal(secret), Timestamp.from(at)).update();
    }

    /** The secrets of active integrations valid at {@code now}, newest first, opened. */
    List<Map.Entry<String, String>> validSecrets(Instant now) {
        return jdbc.sql("""
                SELECT i.name, s.sealed_secret FROM integration i JOIN integration_secret s ON s.integration = i.name
                WHERE i.active AND (s.valid_until IS NULL OR s.valid_until > ?) ORDER BY s.created_at DESC""")
                .param(Timestamp.from(now))
                .query((row, n) -> Map.entry(row.getString(1), secrets.open(row.getString(2)))).list();
    }

    @Override
    public String what() {
        return "integration secrets";
    }

    @Override
    public int sealStored() {
        return secrets.sealStored();
    }

    /** Ends each secret still valid after {@code until} at {@code until}. */
    void expireSecrets(String name, Instant until) {
        jdbc.sql("""
                UPDATE integration_secret SET valid_until = ?
                WHERE integration = ? AND (valid_until IS NULL OR valid_until > ?)""")
                .params(Timestamp.from(until), name, Timestamp.from(until)).update();
    }

    void disable(String name, String admin, Instant at) {
        jdbc.sql("UPDATE integration SET active = false, disabled_by = ?, disabled_at = ? WHERE name = ?")
                .params(admin, Timestamp.from(at), name).update();
    }

    /** Locks the integration's row for the change that follows. */
    Optional<IntegrationView> find(String name) {
        return jdbc.sql("SELECT * FROM integration WHERE name = ? FOR UPDATE").param(name).query(this::row).optional();
    }

    List<IntegrationView> all() {
        return jdbc.sql("SELECT * FROM integration ORDER BY name").query(this::row).list();
    }

    private IntegrationView row(ResultSet row, int n) throws SQLException {
        String name = row.getString("name");
        return new IntegrationView(name, IntegrationView.API, row.getBoolean("active"), row.getString("created_by"),
                instant(row.getTimestamp("created_at")), row.getString("disabled_by"), instant(row.getTimestamp("disabled_at")),
                secrets(name), null);
    }

    private List<IntegrationView.SecretView> secrets(String name) {
        return jdbc.sql("SELECT id, created_at, valid_until FROM integration_secret WHERE integration = ? ORDER BY created_at")
                .param(name)
                .query((row, n) -> new IntegrationView.SecretView(row.getString("id"), instant(row.getTimestamp("created_at")),
                        instant(row.getTimestamp("valid_until")))).list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
