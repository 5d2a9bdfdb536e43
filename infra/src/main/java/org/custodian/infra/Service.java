package org.custodian.infra;

import java.nio.file.Path;

/** The four services, in port order (8081–8084 by default). */
enum Service {
    REQUEST("request-service", "request"),
    POLICY("policy-service", "policy"),
    RELEASE("release-service", "release"),
    AUDIT("audit-service", "audit");

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

    Path jar(Path repository) {
        return repository.resolve(module).resolve("target").resolve(module + ".jar");
    }
}
