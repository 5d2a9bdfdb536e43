package org.custodian.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.testing.HttpApi;
import org.junit.jupiter.api.Test;
import org.custodian.testing.TestTokens;

/** What operators and integrators rely on: open probes and API description; probe details and metrics for admin. */
class OperationsIT extends RequestServiceIntegration {

    private static final String ADMIN = TestTokens.token("ops-admin", "admin");

    @Test
    void readinessCoversTheDatabaseAndTheBroker() {
        assertThat(api.get("/actuator/health/readiness", null).json().at("/status").asText()).isEqualTo("UP");
        HttpApi.Response readiness = api.get("/actuator/health/readiness", ADMIN);

        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().at("/status").asText()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/binders/status").asText()).isEqualTo("UP");
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpointsAndTheBearerScheme() {
        HttpApi.Response docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/paths").fieldNames()).toIterable()
                .contains("/api/datasets", "/api/researchers", "/api/requests", "/api/requests/{id}");
        assertThat(docs.json().at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void metricsAreExposedForScraping() {
        assertThat(api.get("/actuator/prometheus", null).status()).isEqualTo(401);
        HttpApi.Response metrics = api.get("/actuator/prometheus", ADMIN);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("jvm_memory_used_bytes").contains("service=\"request-service\"");
    }
}
