package org.custodian.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/** One embedded PostgreSQL per JVM, started on first use; each caller gets a database of its own name. */
public final class EmbeddedPostgresServer {

    private static EmbeddedPostgres postgres;
    private static final Set<String> DATABASES = new HashSet<>();

    private EmbeddedPostgresServer() {
    }

    public static synchronized String jdbcUrl(String database) {
        EmbeddedPostgres server = server();
        if (DATABASES.add(database)) {
            createDatabase(server, database);
        }
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    public static String username() {
        return "postgres";
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresServer::stop));
        }
        return postgres;
    }

    private static void createDatabase(EmbeddedPostgres server, String database) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    private static void stop() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is exiting; the data directory is temporary
        }
    }
}
