package org.custodian.request.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.catalog.DatasetTermsChanged;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A steward versions a dataset's terms; every version stays readable and each change is published. */
class TermsIT extends RequestServiceIntegration {

    private String dataset;

    @BeforeEach
    void registered() {
        dataset = "ds-terms-" + UUID.randomUUID().toString().substring(0, 8);
        registerDataset(dataset, List.of("DUO:0000006"), "auto");
    }

    @Test
    void changedTermsAreTheNextVersionPublishedAndKeptInTheHistory() {
        HttpApi.Response changed = api.put(path(), STEWARD, HttpApi.json(terms(730)));

        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.json().at("/terms_version").asInt()).isEqualTo(2);
        assertThat(api.get("/api/datasets/" + dataset, TestTokens.token("rita", "researcher")).json()
                .at("/terms/retention_max_days").asInt()).isEqualTo(730);
        var record = kafka.await(KafkaProbe.ofType(EventType.DATASET_TERMS_CHANGED, dataset), Duration.ofSeconds(30));
        DatasetTermsChanged event = (DatasetTermsChanged) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
        assertThat(event.termsVersion()).isEqualTo(2);
        assertThat(event.terms().retentionMaxDays()).isEqualTo(730);
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo("sam-steward");
        HttpApi.Response history = api.get(path(), STEWARD);
        assertThat(history.json().size()).isEqualTo(2);
        assertThat(history.json().at("/1/version").asInt()).isEqualTo(2);
        assertThat(api.get(path() + "/1", STEWARD).json().at("/terms/retention_max_days").asInt()).isEqualTo(1095);
    }

    @Test
    void theSameTermsAgainChangeNothing() {
        assertThat(api.put(path(), STEWARD, HttpApi.json(terms(730))).status()).isEqualTo(200);
        long before = storedEvents();

        HttpApi.Response again = api.put(path(), STEWARD, HttpApi.json(terms(730)));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/terms_version").asInt()).isEqualTo(2);
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void badTermsAreRefusedAndChangeNothing() {
        long before = storedEvents();
        Map<String, Object> invalid = terms(730);
        invalid.put("permitted_uses", List.of("not-a-duo-code"));
        Map<String, Object> unknownField = terms(730);
        unknownField.put("colour", "blue");
        Map<String, Object> huge = terms(730);
        huge.put("fields", List.of("x".repeat(70_000)));

        assertProblem(api.put(path(), null, HttpApi.json(terms(730))), 401, "UNAUTHENTICATED");
        assertProblem(api.put(path(), TestTokens.token("rita", "researcher", "reviewer"), HttpApi.json(terms(730))), 403, "FORBIDDEN");
        assertProblem(api.put(path(), STEWARD, "{\"permitted_uses\":"), 400, "MALFORMED_BODY");
        assertProblem(api.put(path(), STEWARD, HttpApi.json(unknownField)), 400, "MALFORMED_BODY");
        String twice = HttpApi.json(terms(730));
        // a key given twice made Jackson fail with a definition error, which Spring answers with 500 (found by fuzzing)
        assertProblem(api.put(path(), STEWARD, twice.substring(0, twice.length() - 1) + ",\"review\":null}"), 400,
                "MALFORMED_BODY");
        assertProblem(api.put(path(), STEWARD, HttpApi.json(invalid)), 400, "INVALID_TERMS");
        assertProblem(api.put(path(), STEWARD, HttpApi.json(huge)), 413, "BODY_TOO_LARGE");
        assertProblem(api.put("/api/datasets/ds-nowhere/terms", STEWARD, HttpApi.json(terms(730))), 404, "UNKNOWN_DATASET");
        assertProblem(api.get(path() + "/7", STEWARD), 404, "UNKNOWN_TERMS_VERSION");

        assertThat(storedEvents()).isEqualTo(before);
        assertThat(api.get("/api/datasets/" + dataset, STEWARD).json().at("/terms_version").asInt()).isEqualTo(1);
    }

    private String path() {
        return "/api/datasets/" + dataset + "/terms";
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> terms(int retention) {
        Map<String, Object> terms = new HashMap<>((Map<String, Object>) dataset(dataset, List.of("DUO:0000006"), "auto").get("terms"));
        terms.put("retention_max_days", retention);
        return terms;
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).as(response.raw()).isEqualTo(code);
    }
}
