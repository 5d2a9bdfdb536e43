package org.custodian.infra;

import java.nio.file.Path;
import java.util.List;

/** The four services, in port order (8081–8084 by default), and the console on the port before them (8080). */
enum Service {
    REQUEST("request-service", "request"),
    POLICY("policy-service", "policy"),
    RELEASE("release-service", "release"),
    AUDIT("audit-service", "audit"),
    CONSOLE("console", null);

    private final String module;
    private final String database;

    Service(String module, String database) {
        this.module = module;
        this.database = database;
    }

    String module() {
        return module;
    }

    String database() {
        return database;
    }

    int port(PlatformLayout layout) {
        return this == CONSOLE ? layout.firstServicePort() - 1 : layout.firstServicePort() + ordinal();
    }

    /** What this process needs to find the others: a service its database and broker, the console the services. */
    List<String> arguments(PlatformLayout layout) {
        if (this == CONSOLE) {
            return List.of(url("request", REQUEST, layout), url("policy", POLICY, layout), url("release", RELEASE, layout),
                    url("audit", AUDIT, layout));
        }
        return List.of("--spring.datasource.url=" + layout.jdbcUrl(database),
                "--spring.cloud.stream.kafka.binder.brokers=" + layout.bootstrapServers());
    }

    private static String url(String name, Service service, PlatformLayout layout) {
        return "--custodian.console.services." + name + "=http://localhost:" + service.port(layout);
    }

    Path jar(Path repository) {
        return repository.resolve(module).resolve("target").resolve(module + ".jar");
    }
}
