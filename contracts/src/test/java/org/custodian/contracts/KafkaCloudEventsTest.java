package org.custodian.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaCloudEventsTest {

    private static final byte[] DATA = "{\"researcher_id\":\"r-1\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void readsARecordWithoutContentType() {
        CloudEvent event = KafkaCloudEvents.read(attributes("ce_"), DATA);

        assertThat(event.getId()).isEqualTo("evt-1");
        assertThat(event.getDataContentType()).isNull();
        assertThat(event.getData().toBytes()).isEqualTo(DATA);
    }

    @Test
    void readsAttributesThatSpringCloudFunctionRenamedToDashes() {
        Map<String, Object> headers = attributes("ce-");
        headers.put("kafka_offset", 7L);

        CloudEvent event = KafkaCloudEvents.read(headers, DATA);

        assertThat(event.getType()).isEqualTo("org.custodian.integration.irb.expired.v1");
        assertThat(event.getSource()).hasToString("/irb");
        assertThat(event.getExtension("actor")).isEqualTo("irb-system");
    }

    @Test
    void refusesARecordWithoutSpecVersion() {
        Map<String, Object> headers = attributes("ce_");
        headers.remove("ce_specversion");

        assertThatThrownBy(() -> KafkaCloudEvents.read(headers, DATA))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("Not a CloudEvent");
    }

    private static Map<String, Object> attributes(String prefix) {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put(prefix + "specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        headers.put(prefix + "id", "evt-1");
        headers.put(prefix + "source", "/irb".getBytes(StandardCharsets.UTF_8));
        headers.put(prefix + "type", "org.custodian.integration.irb.expired.v1".getBytes(StandardCharsets.UTF_8));
        headers.put(prefix + "actor", "irb-system".getBytes(StandardCharsets.UTF_8));
        return headers;
    }
}
