package org.custodian.audit.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.Events;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Checkpoints and proofs are for compliance; bad parameters get a clear 400 and change nothing. */
class CheckpointAccessIT extends AuditServiceIntegration {

    @Autowired
    private Checkpointer checkpointer;

    @BeforeEach
    void aCheckpoint() {
        String request = newSubject("req");
        publish(Events.requestSubmitted(request), "r-1");
        awaitEntries(request, 1);
        checkpointer.checkpointNow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/audit/checkpoints/latest", "/api/audit/checkpoints/key", "/api/audit/entries/1/proof",
        "/api/audit/consistency?from=1&to=1"})
    void withoutAValidTokenIsUnauthorisedAndOtherRolesAreForbidden(String path) {
        assertProblem(api.get(path, null), 401, "UNAUTHENTICATED");
        assertProblem(api.get(path, TestTokens.expiredToken("cora", "compliance")), 401, "UNAUTHENTICATED");
        assertProblem(api.get(path, TestTokens.foreignToken("cora", "compliance")), 401, "UNAUTHENTICATED");
        assertProblem(api.get(path, TestTokens.token("x", "researcher", "reviewer", "steward", "integration")), 403, "FORBIDDEN");
        assertThat(api.get(path, COMPLIANCE).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/audit/entries/0/proof", "/api/audit/entries/abc/proof", "/api/audit/entries/-1/proof",
        "/api/audit/entries/1/proof?tree_size=0", "/api/audit/entries/1/proof?tree_size=x",
        "/api/audit/entries/1/proof?tree_size=999999999999", "/api/audit/entries/999999999999/proof",
        "/api/audit/consistency", "/api/audit/consistency?from=1", "/api/audit/consistency?from=0&to=1",
        "/api/audit/consistency?from=2&to=1", "/api/audit/consistency?from=1&to=999999999999",
        "/api/audit/consistency?from=a&to=1", "/api/audit/consistency?from=1&to=1&to=2"})
    void badParametersAreRefusedAndChangeNothing(String path) {
        long entries = entryCount();
        long checkpoints = checkpointCount();

        HttpApi.Response response = api.get(path, COMPLIANCE);

        assertProblem(response, 400, "INVALID_QUERY");
        assertThat(response.json().at("/detail").asText()).isNotBlank();
        assertThat(entryCount()).isEqualTo(entries);
        assertThat(checkpointCount()).isEqualTo(checkpoints);
    }

    private long checkpointCount() {
        return jdbc.sql("SELECT count(*) FROM audit_checkpoint").query(Long.class).single();
    }

    static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}
