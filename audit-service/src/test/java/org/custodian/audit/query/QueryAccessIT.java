package org.custodian.audit.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.audit.AuditServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Only compliance reads or verifies the log; bad query parameters get a clear 400 and change nothing. */
class QueryAccessIT extends AuditServiceIntegration {

    private static final String LONG_ID = "x".repeat(1025);

    @ParameterizedTest
    @ValueSource(strings = {"/api/audit/entries", "/api/audit/verify", "/api/audit/requests/req-1/timeline",
        "/api/audit/researchers/r-1/history"})
    void withoutAValidTokenIsUnauthorised(String path) {
        assertProblem(api.get(path, null), 401, "UNAUTHENTICATED");
        assertThat(api.get(path, null).header("WWW-Authenticate")).startsWith("Bearer");
        assertProblem(api.get(path, TestTokens.expiredToken("cora", "compliance")), 401, "UNAUTHENTICATED");
        assertProblem(api.get(path, TestTokens.foreignToken("cora", "compliance")), 401, "UNAUTHENTICATED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/audit/entries", "/api/audit/verify", "/api/audit/requests/req-1/timeline",
        "/api/audit/researchers/r-1/history"})
    void otherRolesAreForbidden(String path) {
        assertProblem(api.get(path, TestTokens.token("r-1", "researcher")), 403, "FORBIDDEN");
        assertProblem(api.get(path, TestTokens.token("x", "researcher", "reviewer", "steward", "integration")), 403,
                "FORBIDDEN");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/audit/entries", "/api/audit/verify"})
    void complianceMayRead(String path) {
        HttpApi.Response response = api.get(path, COMPLIANCE);

        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=abc", "limit=100000", "limit=1001", "limit=0", "limit=-5", "limit=1.5",
        "after=-1", "after=abc", "after=99999999999999999999", "type=request%20submitted", "type=%25", "subject=",
        "limit=1&limit=2", "dataset=", "researcher=", "actor=", "from=yesterday", "to=2026-13-01",
        "from=2026-11-22T10:00:00Z&to=2026-11-22T10:00:00Z", "from=2026-11-23&to=2026-11-22", "from=2026-11-22T10:00:00"})
    void badQueryParametersAreRefused(String query) {
        long entries = entryCount();

        HttpApi.Response response = api.get("/api/audit/entries?" + query, COMPLIANCE);

        assertProblem(response, 400, "INVALID_QUERY");
        assertThat(response.json().at("/detail").asText()).isNotBlank();
        assertThat(entryCount()).isEqualTo(entries);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/csv", "application/x-ndjson"})
    void badParametersOfAnExportAreRefusedBeforeItStarts(String accept) {
        var response = get("/api/audit/entries?from=nonsense", COMPLIANCE, accept);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(get("/api/audit/entries", null, accept).statusCode()).isEqualTo(401);
        assertThat(get("/api/audit/entries", TestTokens.token("r-1", "researcher"), accept).statusCode()).isEqualTo(403);
    }

    @Test
    void aFormatNobodyServesIsNotAcceptable() {
        var response = get("/api/audit/entries", COMPLIANCE, "text/html");

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(response.body()).contains("NOT_ACCEPTABLE");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/audit/requests/%s/timeline", "/api/audit/researchers/%s/history"})
    void overlongIdsAreRefused(String path) {
        long entries = entryCount();

        assertProblem(api.get(String.format(path, LONG_ID), COMPLIANCE), 400, "INVALID_QUERY");
        assertThat(entryCount()).isEqualTo(entries);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=1000", "limit=1", "after=0", "type=request.submitted", "subject=anything",
        "from=2026-11-22", "to=2026-11-22T10:00:00.123Z", "dataset=ds-1&researcher=r-1&actor=a"})
    void boundaryValuesAreAccepted(String query) {
        assertThat(api.get("/api/audit/entries?" + query, COMPLIANCE).status()).isEqualTo(200);
    }

    @Test
    void theApiIsDescribed() {
        HttpApi.Response docs = api.get("/v3/api-docs", null);

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().at("/paths").fieldNames()).toIterable()
                .contains("/api/audit/entries", "/api/audit/verify", "/api/audit/checkpoints/latest",
                        "/api/audit/checkpoints/key", "/api/audit/entries/{seq}/proof", "/api/audit/consistency",
                        "/api/audit/requests/{id}/timeline", "/api/audit/researchers/{id}/history", "/api/reports/transparency");
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}
