package org.custodian.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The optional provider: PostgreSQL and Kafka in containers, for machines with Docker, chosen with
 * {@code -Dcustodian.test.infrastructure=containers}. The embedded provider stays the default, so
 * every path is tested where Docker is absent.
 */
final class ContainerInfrastructure {

    private static PostgreSQLContainer<?> postgres;
    private static KafkaContainer kafka;
    private static final Set<String> DATABASES = new HashSet<>();

    private ContainerInfrastructure() {
    }

    static boolean chosen() {
        return "containers".equals(System.getProperty("custodian.test.infrastructure"));
    }

    static void requireDocker() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("custodian.test.infrastructure=containers needs a Docker engine, and none answers");
        }
    }

    static synchronized String jdbcUrl(String database) {
        if (postgres == null) {
            requireDocker();
            postgres = new PostgreSQLContainer<>("postgres:16");
            postgres.start();
        }
        if (DATABASES.add(database)) {
            try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(),
                    postgres.getPassword())) {
                connection.createStatement().execute("CREATE DATABASE " + database);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return postgres.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
    }

    static String username() {
        return postgres.getUsername();
    }

    static String password() {
        return postgres.getPassword();
    }

    static synchronized String bootstrapServers() {
        if (kafka == null) {
            requireDocker();
            kafka = new KafkaContainer("apache/kafka:3.9.1");
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }
}
