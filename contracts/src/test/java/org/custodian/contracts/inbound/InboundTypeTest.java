package org.custodian.contracts.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.custodian.contracts.ContractJson;
import org.junit.jupiter.api.Test;

class InboundTypeTest {

    static final Map<InboundType, Record> SAMPLES = Map.of(
            InboundType.ACCESS_LOGGED, new AccessLogged("rel-1", "r-1", "ds-trials", List.of("hba1c"), 120L, 4096L,
                    "enclave-eu-1", Instant.parse("2026-11-22T10:00:00Z")),
            InboundType.IRB_EXPIRED, new IrbExpired("r-1", "IRB-22-104", LocalDate.parse("2026-11-21")),
            InboundType.CONSENT_WITHDRAWN, new ConsentWithdrawn("ds-trials", "cohort-a", List.of("s-17"),
                    Instant.parse("2026-11-22T10:00:00Z")),
            InboundType.RESEARCHER_OFFBOARDED, new ResearcherOffboarded("r-1", "inst-1", LocalDate.parse("2026-12-01")),
            InboundType.DSA_SIGNED, new DsaSigned("r-1", "2026.1", LocalDate.parse("2026-11-20")));

    @Test
    void everyTypeHasASampleThatItsSchemaAcceptsAndItsRecordReads() {
        assertThat(SAMPLES).containsOnlyKeys(InboundType.values());
        SAMPLES.forEach((type, sample) -> {
            JsonNode data = ContractJson.mapper().valueToTree(sample);
            assertThat(type.violations(data)).as(type.name()).isEmpty();
            assertThat(type.read(data)).isEqualTo(sample);
        });
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        ObjectNode data = ContractJson.mapper().valueToTree(SAMPLES.get(InboundType.IRB_EXPIRED));
        data.remove("researcher_id");

        assertThat(InboundType.IRB_EXPIRED.violations(data)).anyMatch(message -> message.contains("researcher_id"));
    }

    @Test
    void anUnknownFieldIsRefusedBecauseOutsideSystemsMustSendTheSpec() {
        ObjectNode data = ContractJson.mapper().valueToTree(SAMPLES.get(InboundType.DSA_SIGNED));
        data.put("surprise", true);

        assertThat(InboundType.DSA_SIGNED.violations(data)).anyMatch(message -> message.contains("surprise"));
    }

    @Test
    void decodingGivesTheTypedRecordOrAStableCode() {
        var valid = io.cloudevents.core.builder.CloudEventBuilder.v1().withId("1").withSource(java.net.URI.create("/hr"))
                .withType(InboundType.DSA_SIGNED.cloudEventType())
                .withData(ContractJson.mapper().valueToTree(SAMPLES.get(InboundType.DSA_SIGNED)).toString().getBytes()).build();
        var unknown = io.cloudevents.core.builder.CloudEventBuilder.v1(valid).withType("org.example.other.v1").build();
        var empty = io.cloudevents.core.builder.CloudEventBuilder.v1(valid).withoutData().build();

        assertThat(InboundEvent.decode(valid).data()).isEqualTo(SAMPLES.get(InboundType.DSA_SIGNED));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InboundEvent.decode(unknown))
                .isInstanceOfSatisfying(InvalidInboundEventException.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_EVENT_TYPE"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InboundEvent.decode(empty))
                .isInstanceOfSatisfying(InvalidInboundEventException.class, e -> assertThat(e.code()).isEqualTo("SCHEMA_VIOLATION"));
    }

    @Test
    void aDateTimeTheSchemaPassesButNoRecordCanReadIsAViolationNotACrash() {
        // found by PostedEventsFuzzTest: the schema's "format" only annotates, so this reached the record and was a 500
        ObjectNode data = ContractJson.mapper().valueToTree(SAMPLES.get(InboundType.CONSENT_WITHDRAWN));
        data.put("withdrawn_at", "2026-11-22T10:00:007");

        assertThat(InboundType.CONSENT_WITHDRAWN.violations(data)).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> InboundType.CONSENT_WITHDRAWN.read(data))
                .isInstanceOfSatisfying(InvalidInboundEventException.class, e -> assertThat(e.code()).isEqualTo("SCHEMA_VIOLATION"))
                .hasMessageContaining("withdrawn_at");
    }

    @Test
    void typesAreFoundByTheirCloudEventsName() {
        assertThat(InboundType.fromCloudEventType("org.custodian.integration.consent.withdrawn.v1"))
                .contains(InboundType.CONSENT_WITHDRAWN);
        assertThat(InboundType.fromCloudEventType("org.custodian.integration.unknown.v1")).isEmpty();
    }
}
