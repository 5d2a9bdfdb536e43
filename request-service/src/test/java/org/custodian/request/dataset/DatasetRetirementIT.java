package org.custodian.request.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.decisions.Obligations;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A retired dataset takes no new requests; what was released from it goes on. */
class DatasetRetirementIT extends RequestServiceIntegration {

    private String dataset;
    private String researcher;

    @BeforeEach
    void registered() {
        dataset = "ds-retire-" + UUID.randomUUID().toString().substring(0, 8);
        researcher = "r-" + UUID.randomUUID();
        registerDataset(dataset, List.of("DUO:0000006"), "auto");
        registerResearcher(researcher);
    }

    @Test
    void aRetiredDatasetRefusesNewRequestsAndChangesNothingElse() {
        String release = released(researcher, List.of(dataset), new Obligations(LocalDate.now().plusYears(1), "secure_enclave",
                "approval", List.of("hba1c"), false, false, null, false));

        HttpApi.Response retired = api.post("/api/datasets/" + dataset + "/retire", STEWARD,
                HttpApi.json(Map.of("reason", "Superseded by the 2027 extract.")));

        assertThat(retired.status()).as(retired.raw()).isEqualTo(200);
        assertThat(retired.json().at("/retired_at").asText()).isNotBlank();
        var event = kafka.await(KafkaProbe.ofType(EventType.DATASET_RETIRED, dataset), Duration.ofSeconds(20));
        assertThat(KafkaProbe.header(event, "ce_actor")).isEqualTo("sam-steward");
        long stored = storedEvents();
        HttpApi.Response refused = api.post("/api/requests", TestTokens.token(researcher, "researcher"), HttpApi.json(request(dataset)));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.json().at("/code").asText()).isEqualTo("DATASET_RETIRED");
        assertThat(refused.json().at("/detail").asText()).contains(dataset);
        assertThat(storedEvents()).as("nothing stored").isEqualTo(stored);
        assertThat(manuscriptOf(researcher, release)).as("its live release still serves manuscripts").isNotBlank();
    }

    @Test
    void retiringTwiceRecordsItOnceAndOnlyStewardsRetire() {
        assertThat(api.post("/api/datasets/" + dataset + "/retire", TestTokens.token(researcher, "researcher", "reviewer"), "")
                .status()).isEqualTo(403);
        assertThat(api.post("/api/datasets/ds-nowhere-" + UUID.randomUUID().toString().substring(0, 8) + "/retire", STEWARD, "")
                .json().at("/code").asText()).isEqualTo("UNKNOWN_DATASET");
        HttpApi.Response submitted = api.post("/api/requests", TestTokens.token(researcher, "researcher"), HttpApi.json(request(dataset)));
        assertThat(submitted.status()).as("open before it is retired").isEqualTo(201);

        assertThat(api.post("/api/datasets/" + dataset + "/retire", STEWARD, "").status()).isEqualTo(200);
        long stored = storedEvents();
        assertThat(api.post("/api/datasets/" + dataset + "/retire", STEWARD, "").status()).isEqualTo(200);

        assertThat(storedEvents()).isEqualTo(stored);
        assertThat(api.get("/api/requests/" + submitted.json().at("/id").asText(), STEWARD).status())
                .as("a request made before stays").isEqualTo(200);
    }
}
