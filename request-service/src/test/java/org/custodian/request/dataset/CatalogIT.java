package org.custodian.request.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.catalog.DatasetRegistered;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.Test;

class CatalogIT extends RequestServiceIntegration {

    @Test
    void aRegisteredDatasetIsReadableAndPublishedOnTheCatalogTopic() {
        registerDataset("ds-catalog-1", List.of("DUO:0000006"), "auto");

        HttpApi.Response read = api.get("/api/datasets/ds-catalog-1", TestTokens.token("rita", "researcher"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().at("/terms/permitted_uses/0").asText()).isEqualTo("DUO:0000006");
        assertThat(read.json().at("/terms_version").asInt()).isEqualTo(1);

        var record = kafka.await(KafkaProbe.ofType(EventType.DATASET_REGISTERED, "ds-catalog-1"), Duration.ofSeconds(20));
        DatasetRegistered event = (DatasetRegistered) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
        assertThat(event.terms().fields()).containsExactly("age_band", "hba1c", "region");
        assertThat(KafkaProbe.header(record, "ce_actor")).isEqualTo("sam-steward");
        assertThat(new String(record.key())).isEqualTo("ds-catalog-1");
    }

    @Test
    void registeringTheSameIdTwiceIsAConflictAndStoresNothing() {
        registerDataset("ds-catalog-2", List.of("DUO:0000042"), "auto");
        long before = storedEvents();

        HttpApi.Response again = api.post("/api/datasets", STEWARD,
                HttpApi.json(dataset("ds-catalog-2", List.of("DUO:0000042"), "auto")));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/code").asText()).isEqualTo("DATASET_EXISTS");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void termsThatBreakTheContractAreRefusedNamingTheProblem() {
        long before = storedEvents();

        HttpApi.Response response = api.post("/api/datasets", STEWARD,
                HttpApi.json(dataset("ds-catalog-3", List.of("not-a-duo-code"), "auto")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo("INVALID_TERMS");
        assertThat(response.json().at("/detail").asText()).contains("permitted_uses");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void onlyStewardsRegisterDatasets() {
        long before = storedEvents();

        HttpApi.Response response = api.post("/api/datasets", TestTokens.token("rita", "researcher", "reviewer"),
                HttpApi.json(dataset("ds-catalog-4", List.of("DUO:0000042"), "auto")));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().at("/code").asText()).isEqualTo("FORBIDDEN");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void anUnknownDatasetIsNotFound() {
        HttpApi.Response response = api.get("/api/datasets/ds-nowhere", STEWARD);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().at("/code").asText()).isEqualTo("UNKNOWN_DATASET");
    }
}
