package org.custodian.audit.log;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V7: entries keep their envelope as its canonical (RFC 8785) text, the bytes their hash covers,
 * and {@code envelope} becomes a jsonb column generated from it for the filters, so the two cannot
 * differ. Entries logged before are given the canonical text of their jsonb, which is what their hash
 * was computed from. Java, because SQL has no RFC 8785; run by the schema owner, who alone may turn
 * the append-only trigger off for this one rewrite.
 */
@Component
class CanonicalEnvelopeMigration implements JavaMigration {

    private static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "canonical envelopes";
    }

    @Override
    public Integer getChecksum() {
        return 7;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE audit_entry ADD COLUMN canonical_envelope TEXT");
            statement.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete");
            backfill(connection);
            statement.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete");
            statement.execute("ALTER TABLE audit_entry ALTER COLUMN canonical_envelope SET NOT NULL");
            statement.execute("ALTER TABLE audit_entry DROP COLUMN envelope");
            statement.execute("ALTER TABLE audit_entry ADD COLUMN envelope JSONB"
                    + " GENERATED ALWAYS AS (CAST(canonical_envelope AS jsonb)) STORED");
            statement.execute("CREATE INDEX audit_entry_envelope ON audit_entry USING gin (envelope jsonb_path_ops)");
        }
    }

    private static void backfill(Connection connection) throws SQLException, IOException {
        try (Statement read = connection.createStatement();
             PreparedStatement write = connection.prepareStatement(
                     "UPDATE audit_entry SET canonical_envelope = ? WHERE seq = ?")) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("SELECT seq, envelope::text FROM audit_entry ORDER BY seq")) {
                int pending = 0;
                while (rows.next()) {
                    write.setString(1, Jcs.text(CanonicalJson.parse(rows.getString(2))));
                    write.setLong(2, rows.getLong(1));
                    write.addBatch();
                    if (++pending % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
        }
    }
}
