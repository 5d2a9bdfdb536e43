package org.custodian.request.researcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.ResearcherCredentialsChanged;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CredentialReportsIT extends RequestServiceIntegration {

    private String researcher;

    @BeforeEach
    void register() {
        researcher = "r-" + UUID.randomUUID();
        registerResearcher(researcher);
    }

    @Test
    void anIrbExpiryProducedStraightToKafkaRemovesTheApproval() {
        kafka.send(Topic.INBOUND.topicName(), researcher, inbound("irb.expired",
                "{\"researcher_id\":\"" + researcher + "\",\"reference\":\"IRB-22-104\",\"expired_on\":\"2026-11-21\"}"));

        var record = kafka.await(KafkaProbe.ofType(EventType.RESEARCHER_CREDENTIALS_CHANGED, researcher), Duration.ofSeconds(30));
        ResearcherCredentialsChanged changed = (ResearcherCredentialsChanged) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(record));
        assertThat(changed.irb()).isNull();
        assertThat(changed.reason()).isEqualTo("irb.expired");
        assertThat(KafkaProbe.header(record, "ce_actor")).as("produced straight to the topic: its source acted (ADR 007)")
                .isEqualTo("/irb");
        assertThat(KafkaProbe.header(record, "ce_onbehalfof")).as("its actor extension, kept as an unverified claim")
                .isEqualTo("irb-system");
        assertThat(api.get("/api/researchers/" + researcher, STEWARD).json().at("/irb").isNull()).isTrue();
    }

    @Test
    void anOffboardingPostedOverHttpEndsTheVetting() {
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/hr\","
                + "\"type\":\"org.custodian.integration.researcher.offboarded.v1\",\"data\":{\"researcher_id\":\""
                + researcher + "\",\"institution\":\"inst-1\",\"effective\":\"2026-12-01\"}}";

        HttpApi.Response posted = api.post("/api/events", TestTokens.token("hr-system", "integration"), event,
                Map.of("Content-Type", "application/cloudevents+json"));

        assertThat(posted.status()).as(posted.raw()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                !api.get("/api/researchers/" + researcher, STEWARD).json().at("/vetted").asBoolean());
        assertThat(jdbc.sql("SELECT active FROM researcher WHERE id = ?").param(researcher).query(Boolean.class).single()).isFalse();
    }

    @Test
    void anInvalidRecordProducedStraightToKafkaIsCountedAndDeadLettered() {
        String id = UUID.randomUUID().toString();
        kafka.send(Topic.INBOUND.topicName(), researcher, CloudEventBuilder.v1(inbound("irb.expired",
                "{\"researcher_id\":\"" + researcher + "\"}")).withId(id).build());

        var dead = kafka.await(record -> record.topic().equals(Topic.INBOUND.deadLetterTopic("request-service"))
                && id.equals(KafkaProbe.header(record, "ce_id")), Duration.ofSeconds(30));

        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("reference");
        assertThat(api.get("/actuator/prometheus", TestTokens.token("ops-admin", "admin")).raw()).containsPattern("custodian_inbound_invalid_total\\{[^}]*\\} [1-9]");
        assertThat(api.get("/api/researchers/" + researcher, STEWARD).json().at("/irb/reference").asText()).isEqualTo("IRB-22-104");
    }

    @Test
    void aRecordHoldingANulProducedStraightToKafkaIsDeadLetteredAtOnceNamingIt() {
        String id = UUID.randomUUID().toString();
        kafka.send(Topic.INBOUND.topicName(), researcher, CloudEventBuilder.v1(inbound("dsa.signed",
                "{\"researcher_id\":\"" + researcher + "\",\"version\":\"2026\\u0000\",\"signed_on\":\"2026-11-30\"}"))
                .withId(id).build());

        var dead = kafka.await(record -> record.topic().equals(Topic.INBOUND.deadLetterTopic("request-service"))
                && id.equals(KafkaProbe.header(record, "ce_id")), Duration.ofSeconds(30));

        assertThat(KafkaProbe.header(dead, "x-exception-message")).contains("NUL character (U+0000)");
        assertThat(api.get("/api/researchers/" + researcher, STEWARD).json().at("/dsa").isNull()).isTrue();
    }

    @Test
    void aStewardSetsCredentialsAndOthersMayNot() {
        String body = "{\"institution\":\"inst-2\",\"country\":\"FR\",\"vetted\":true,\"dsa_signed\":true}";
        long before = storedEvents();

        assertThat(api.put("/api/researchers/" + researcher + "/credentials", TestTokens.token("rita", "researcher"), body).status()).isEqualTo(403);
        assertThat(api.put("/api/researchers/" + researcher + "/credentials", STEWARD, "{\"institution\":").status()).isEqualTo(400);
        assertThat(api.put("/api/researchers/r-nobody/credentials", STEWARD, body).status()).isEqualTo(404);
        assertThat(storedEvents()).isEqualTo(before);

        HttpApi.Response changed = api.put("/api/researchers/" + researcher + "/credentials", STEWARD, body);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.json().at("/institution").asText()).isEqualTo("inst-2");
        kafka.await(KafkaProbe.ofType(EventType.RESEARCHER_CREDENTIALS_CHANGED, researcher), Duration.ofSeconds(30));
    }

    private static CloudEvent inbound(String suffix, String data) {
        return CloudEventBuilder.v1().withId(UUID.randomUUID().toString()).withSource(URI.create("/irb"))
                .withType("org.custodian.integration." + suffix + ".v1").withSubject("x")
                .withExtension("actor", "irb-system").withDataContentType("application/json").withData(data.getBytes()).build();
    }
}
