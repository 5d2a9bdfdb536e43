package org.custodian.audit.personal;

import static org.assertj.core.api.Assertions.assertThat;

import org.custodian.audit.AuditServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Erasure is for compliance only; a refused or malformed erasure answers problem+json, destroys no key and logs nothing. */
class ErasureAccessIT extends AuditServiceIntegration {

    private static final String REASON = "{\"reason\":\"GDPR Art. 17\"}";

    private String researcher;

    @BeforeEach
    void aRegisteredResearcher() {
        researcher = newSubject("r");
        publish(PersonalDataIT.registered(researcher, "Ada Lovelace"), "steward-sam");
        awaitEntries(researcher, 1);
    }

    @Test
    void withoutAValidTokenIsUnauthorisedAndOtherRolesAreForbidden() {
        assertProblem(erase(null, REASON), 401, "UNAUTHENTICATED");
        assertProblem(erase(TestTokens.expiredToken("cora", "compliance"), REASON), 401, "UNAUTHENTICATED");
        assertProblem(erase(TestTokens.foreignToken("cora", "compliance"), REASON), 401, "UNAUTHENTICATED");
        assertProblem(erase(TestTokens.token("x", "researcher", "reviewer", "steward", "integration"), REASON), 403, "FORBIDDEN");

        assertKeyIntact();
        assertThat(nameRead()).isEqualTo("Ada Lovelace");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{", "not json", "{\"reason\":\"x\",\"unknown\":1}", "[]"})
    void aMalformedBodyIsRefusedAndErasesNothing(String body) {
        assertProblem(erase(COMPLIANCE, body), 400, "MALFORMED_BODY");
        assertKeyIntact();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"reason\":\"  \"}", "{\"reason\":null}"})
    void aMissingReasonIsRefusedAndErasesNothing(String body) {
        assertProblem(erase(COMPLIANCE, body), 400, "INVALID_FIELDS");
        assertKeyIntact();
    }

    @Test
    void anOversizedBodyIsRefusedAndErasesNothing() {
        assertProblem(erase(COMPLIANCE, "{\"reason\":\"" + "x".repeat(70_000) + "\"}"), 413, "BODY_TOO_LARGE");
        assertKeyIntact();
    }

    @Test
    void aTooLongIdIsRefusedAndAnUnknownPersonIsNotFound() {
        long keys = keyCount();

        assertProblem(api.post("/api/audit/people/" + "r".repeat(129) + "/erasure", COMPLIANCE, REASON), 400,
                "INVALID_RESEARCHER_ID");
        assertProblem(api.post("/api/audit/people/nobody-" + researcher + "/erasure", COMPLIANCE, REASON), 404,
                "PERSON_NOT_FOUND");

        assertThat(keyCount()).isEqualTo(keys);
        assertKeyIntact();
    }

    private HttpApi.Response erase(String token, String body) {
        return api.post("/api/audit/people/" + researcher + "/erasure", token, body);
    }

    private void assertKeyIntact() {
        assertThat(jdbc.sql("SELECT secret IS NOT NULL AND erased_at IS NULL FROM person_key WHERE researcher_id = ?")
                .param(researcher).query(Boolean.class).single()).isTrue();
        assertThat(entries("subject=" + researcher + "&type=personal-data.erased")).as("no erasure logged").isEmpty();
    }

    private long keyCount() {
        return jdbc.sql("SELECT count(*) FROM person_key").query(Long.class).single();
    }

    private String nameRead() {
        return entries("subject=" + researcher).get(0).at("/data/name").asText();
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}
