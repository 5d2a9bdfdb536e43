package org.custodian.release;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.testing.HttpApi;
import org.junit.jupiter.api.Test;

/** What operators and integrators rely on without a token: probes, metrics and the API description. */
class OperationsIT extends ReleaseServiceIntegration {

    @Test
    void readinessCoversTheDatabaseAndTheBroker() {
        HttpApi.Response readiness = api.get("/actuator/health/readiness", null);

        assertThat(readiness.status()).as(readiness.raw()).isEqualTo(200);
        assertThat(readiness.json().at("/components/db/status").asText()).isEqualTo("UP");
        assertThat(readiness.json().at("/components/binders/status").asText()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDocumentDescribesTheReleaseEndpoints() {
        HttpApi.Response docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/paths").fieldNames()).toIterable().contains("/api/releases", "/api/releases/{id}");
        assertThat(docs.json().at("/info/title").asText()).isEqualTo("Custodian release-service");
    }

    @Test
    void metricsAreExposedForScraping() {
        HttpApi.Response metrics = api.get("/actuator/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.raw()).contains("service=\"release-service\"");
    }
}
