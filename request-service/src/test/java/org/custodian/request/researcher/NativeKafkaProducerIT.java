package org.custodian.request.researcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.Topic;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.KafkaProbe;
import org.junit.jupiter.api.Test;

/** A Kafka-native integrator writes the bare minimum of binary mode: the four required attributes, no content type. */
class NativeKafkaProducerIT extends RequestServiceIntegration {

    @Test
    void aRecordWithOnlyTheRequiredAttributesIsActedOn() {
        String researcher = "r-" + UUID.randomUUID();
        registerResearcher(researcher);
        String data = "{\"researcher_id\":\"" + researcher + "\",\"reference\":\"IRB-22-104\",\"expired_on\":\"2026-11-21\"}";

        String id = UUID.randomUUID().toString();
        kafka.sendRaw(Topic.INBOUND.topicName(), researcher, data.getBytes(StandardCharsets.UTF_8), Map.of(
                "ce_specversion", "1.0", "ce_id", id, "ce_source", "/irb",
                "ce_type", "org.custodian.integration.irb.expired.v1"));

        var record = kafka.await(r -> (r.topic().endsWith(".dlq") && id.equals(KafkaProbe.header(r, "ce_id")))
                || KafkaProbe.ofType(EventType.RESEARCHER_CREDENTIALS_CHANGED, researcher).test(r), Duration.ofSeconds(30));
        assertThat(record.topic()).as(KafkaProbe.header(record, "x-exception-message")).isEqualTo(Topic.CATALOG.topicName());
        assertThat(api.get("/api/researchers/" + researcher, STEWARD).json().at("/irb").isNull()).isTrue();
    }
}
