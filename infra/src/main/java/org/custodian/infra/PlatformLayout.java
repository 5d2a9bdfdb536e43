package org.custodian.infra;

import java.nio.file.Path;

/** Where the platform listens and keeps its state (DESIGN §7 defaults unless told otherwise). */
public record PlatformLayout(Path repository, Path dataDirectory, int kafkaPort, int controllerPort, int postgresPort,
                             int firstServicePort) {

    public static PlatformLayout defaults(Path repository) {
        return new PlatformLayout(repository, repository.resolve(".custodian"), 19092, 19093, 15432, 8081);
    }

    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgresPort + "/" + database;
    }

    public Path keys() {
        return dataDirectory.resolve("keys");
    }

    public Path logs() {
        return dataDirectory.resolve("logs");
    }
}
