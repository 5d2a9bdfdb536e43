package org.custodian.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GovernanceCloudEventsTest {

    private static final EventMetadata METADATA = new EventMetadata("evt-1", URI.create("/request-service"),
            OffsetDateTime.parse("2026-11-22T10:00:00Z"), "alice");

    @Test
    void everyEventTypeHasASample() {
        Set<EventType> sampled = Samples.all().stream().map(EventType::of).collect(Collectors.toSet());
        assertThat(sampled).isEqualTo(EnumSet.allOf(EventType.class));
    }

    @Test
    void everyEventSurvivesTheTripThroughKafkaBinaryMode() {
        for (GovernanceEvent event : Samples.all()) {
            CloudEvent written = GovernanceCloudEvents.encode(event, METADATA);
            Map<String, byte[]> headers = KafkaCloudEvents.headers(written);

            CloudEvent read = KafkaCloudEvents.read(headers, written.getData().toBytes());

            assertThat(GovernanceCloudEvents.decode(read)).isEqualTo(event);
            assertThat(read.getType()).isEqualTo(EventType.of(event).cloudEventType());
            assertThat(read.getSubject()).isEqualTo(event.subject());
            assertThat(GovernanceCloudEvents.actor(read)).isEqualTo("alice");
        }
    }

    @Test
    void headersAreTheCloudEventsKafkaBindingNames() {
        CloudEvent written = GovernanceCloudEvents.encode(Samples.all().get(0), METADATA);

        Map<String, byte[]> headers = KafkaCloudEvents.headers(written);

        assertThat(headers).containsKeys("ce_id", "ce_type", "ce_source", "ce_specversion", "ce_subject",
                "ce_time", "ce_actor", "content-type");
        assertThat(new String(headers.get("ce_id"), StandardCharsets.UTF_8)).isEqualTo("evt-1");
    }

    @Test
    void headersGivenAsStringsAreReadToo() {
        CloudEvent written = GovernanceCloudEvents.encode(Samples.all().get(0), METADATA);
        Map<String, Object> stringHeaders = KafkaCloudEvents.headers(written).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new String(e.getValue(), StandardCharsets.UTF_8)));

        assertThat(KafkaCloudEvents.read(stringHeaders, written.getData().toBytes()).getId()).isEqualTo("evt-1");
    }

    @Test
    void unknownTypeIsRefused() {
        CloudEvent unknown = CloudEventBuilder.v1().withId("x").withSource(URI.create("/x"))
                .withType("org.custodian.nothing.v1").withData("{}".getBytes(StandardCharsets.UTF_8)).build();

        assertThatThrownBy(() -> GovernanceCloudEvents.decode(unknown))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("Unknown event type");
    }

    @Test
    void dataThatBreaksTheSchemaIsRefusedNamingTheField() {
        ObjectNode data = ContractJson.mapper().valueToTree(Samples.all().get(2));
        data.remove("request_id");
        CloudEvent broken = CloudEventBuilder.v1().withId("x").withSource(URI.create("/x"))
                .withType(EventType.REQUEST_SUBMITTED.cloudEventType()).withData(data.toString().getBytes()).build();

        assertThatThrownBy(() -> GovernanceCloudEvents.decode(broken))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("request_id");
    }

    @Test
    void recordWithoutCloudEventHeadersIsRefused() {
        assertThatThrownBy(() -> KafkaCloudEvents.read(Map.of("other", "x"), new byte[0]))
                .isInstanceOf(InvalidEventException.class);
    }

    @Test
    void dataThatIsNotJsonIsRefused() {
        CloudEvent broken = CloudEventBuilder.v1().withId("x").withSource(URI.create("/x"))
                .withType(EventType.REQUEST_SUBMITTED.cloudEventType()).withData("{not json".getBytes()).build();

        assertThatThrownBy(() -> GovernanceCloudEvents.decode(broken)).isInstanceOf(InvalidEventException.class);
    }
}
