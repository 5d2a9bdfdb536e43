package org.custodian.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** One PostgreSQL with a database per service, its data directory kept so state survives a restart. */
final class EmbeddedDatabase implements AutoCloseable {

    static final List<String> DATABASES = List.of("request", "policy", "release", "audit");
    static final String USER = "custodian";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(PlatformLayout layout) {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPort(layout.postgresPort())
                    .setDataDirectory(layout.dataDirectory().resolve("postgres"))
                    .setCleanDataDirectory(false)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            database.createServiceDatabases();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    private void createServiceDatabases() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            if (!sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'").next()) {
                sql.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + USER + "'");
            }
            for (String name : DATABASES) {
                if (!sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'").next()) {
                    sql.execute("CREATE DATABASE " + name + " OWNER " + USER);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the service databases", e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
