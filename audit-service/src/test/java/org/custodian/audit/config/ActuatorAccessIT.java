package org.custodian.audit.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.audit.AuditServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/**
 * The actuator as service-support configures it for every service: the probes are open and say only
 * UP or DOWN; what they are made of, metrics and every other endpoint need a token with {@code admin}.
 */
class ActuatorAccessIT extends AuditServiceIntegration {

    private static final String ADMIN = TestTokens.token("ada-admin", "admin");

    @Test
    void probesAreOpenAndShowNoDetails() {
        for (String probe : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpApi.Response response = api.get(probe, null);

            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.json().at("/status").asText()).isEqualTo("UP");
            assertThat(response.json().has("components")).as(response.raw()).isFalse();
            assertThat(response.json().has("details")).as(response.raw()).isFalse();
        }
    }

    @Test
    void everythingElseNeedsAToken() {
        for (String path : new String[] {"/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
                "/actuator/info", "/actuator/health/db", "/actuator/health/binders", "/actuator/env", "/actuator"}) {
            HttpApi.Response response = api.get(path, null);

            assertThat(response.status()).as(path).isEqualTo(401);
            assertThat(response.json().at("/code").asText()).isEqualTo("UNAUTHENTICATED");
        }
    }

    @Test
    void anyRoleButAdminIsForbidden() {
        for (String role : new String[] {"compliance", "steward", "integration", "researcher", "reviewer"}) {
            String token = TestTokens.token("someone", role);

            assertThat(api.get("/actuator/prometheus", token).status()).as(role).isEqualTo(403);
            assertThat(api.get("/actuator/health/db", token).status()).as(role).isEqualTo(403);
            assertThat(api.get("/actuator/health", token).json().has("components")).as(role).isFalse();
        }
    }

    @Test
    void adminReadsMetricsAndHealthDetails() {
        // Spring Boot tests export no Prometheus registry unless asked; request-service's OperationsIT reads it as admin
        HttpApi.Response metric = api.get("/actuator/metrics/jvm.memory.used", ADMIN);
        HttpApi.Response readiness = api.get("/actuator/health/readiness", ADMIN);

        assertThat(metric.status()).as(metric.raw()).isEqualTo(200);
        assertThat(metric.json().at("/name").asText()).isEqualTo("jvm.memory.used");
        assertThat(readiness.json().at("/components/db/status").asText()).as(readiness.raw()).isEqualTo("UP");
        assertThat(api.get("/actuator/health", ADMIN).json().at("/components/db/details").isObject()).isTrue();
        assertThat(api.get("/actuator/health/db", ADMIN).status()).isEqualTo(200);
    }

    @Test
    void anExpiredTokenIsNoAdmin() {
        assertThat(api.get("/actuator/prometheus", TestTokens.expiredToken("ada-admin", "admin")).status()).isEqualTo(401);
    }
}
