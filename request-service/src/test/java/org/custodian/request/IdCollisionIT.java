package org.custodian.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.custodian.testing.HttpApi;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

/** Ids of different kinds share one event store: taking one kind's id for another is 409 naming it, and changes nothing. */
class IdCollisionIT extends RequestServiceIntegration {

    @Test
    void aResearcherCannotTakeADatasetsId() {
        String id = unique("shared");
        registerDataset(id, List.of("DUO:0000042"), "auto");

        assertTaken(() -> api.post("/api/researchers", STEWARD, HttpApi.json(researcher(id))), id);
        assertThat(api.get("/api/researchers/" + id, STEWARD).status()).isEqualTo(404);
        assertThat(api.get("/api/datasets/" + id, STEWARD).json().at("/title").asText()).isEqualTo("Trial outcomes");
    }

    @Test
    void aDatasetCannotTakeAResearchersId() {
        String id = unique("shared");
        registerResearcher(id);

        assertTaken(() -> api.post("/api/datasets", STEWARD, HttpApi.json(dataset(id, List.of("DUO:0000042"), "auto"))), id);
        assertThat(api.get("/api/datasets/" + id, STEWARD).status()).isEqualTo(404);
        assertThat(api.get("/api/researchers/" + id, STEWARD).json().at("/name").asText()).isEqualTo("Ada Lovelace");
    }

    @Test
    void neitherCanTakeARequestsId() {
        String researcher = unique("r");
        String datasetId = unique("ds");
        registerResearcher(researcher);
        registerDataset(datasetId, List.of("DUO:0000042"), "auto");
        HttpApi.Response submitted = api.post("/api/requests", TestTokens.token(researcher, "researcher"),
                HttpApi.json(request(datasetId)));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        String requestId = submitted.json().at("/id").asText();

        assertTaken(() -> api.post("/api/datasets", STEWARD, HttpApi.json(dataset(requestId, List.of("DUO:0000042"), "auto"))),
                requestId);
        assertTaken(() -> api.post("/api/researchers", STEWARD, HttpApi.json(researcher(requestId))), requestId);
        assertThat(api.get("/api/requests/" + requestId, TestTokens.token(researcher, "researcher")).json()
                .at("/researcher_id").asText()).isEqualTo(researcher);
    }

    private void assertTaken(Supplier<HttpApi.Response> creation, String id) {
        long before = storedEvents();
        HttpApi.Response response = creation.get();
        assertThat(response.status()).as(response.raw()).isEqualTo(409);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo("ID_IN_USE");
        assertThat(response.json().at("/detail").asText()).contains(id).doesNotContain("aggregate");
        assertThat(storedEvents()).as("nothing stored").isEqualTo(before);
    }

    private static Map<String, Object> researcher(String id) {
        return Map.of("id", id, "name", "Ada Lovelace", "institution", "inst-1", "country", "DE", "vetted", true,
                "dsa_signed", true);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
