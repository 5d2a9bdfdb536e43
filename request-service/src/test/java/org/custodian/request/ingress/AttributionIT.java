package org.custodian.request.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.Topic;
import org.custodian.contracts.catalog.ConsentWithdrawn;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The actor of what an outside event causes is the caller who authenticated, never a claim in the event:
 * a claim is kept as on-behalf-of where configuration allows it ({@code consent-hub} may act for sam) and
 * refuses the post otherwise, with nothing published.
 */
class AttributionIT extends RequestServiceIntegration {

    private static final String CONSENT_HUB = TestTokens.token("consent-hub", "integration");
    private static final String ENCLAVE = TestTokens.token("enclave-eu", "integration");
    private static final String WITHDRAWN = "org.custodian.integration.consent.withdrawn.v1";
    private static final String CLAIMED_TIME = "2026-12-01T09:00:00Z";

    private KafkaProbe inbound;
    private String dataset;
    private long ledgerBefore;

    @BeforeEach
    void catalog() {
        inbound = KafkaProbe.on(Topic.INBOUND.topicName());
        dataset = "ds-" + UUID.randomUUID();
        registerDataset(dataset, List.of("DUO:0000042"), "auto");
        ledgerBefore = rows("inbound_event");
    }

    @AfterEach
    void close() {
        inbound.close();
    }

    @Test
    void anAllowedClaimIsKeptBesideTheIntegrationWhichStaysTheActorOfEverythingItCauses() {
        Instant before = Instant.now();
        String id = UUID.randomUUID().toString();

        HttpApi.Response response = api.post("/api/events", CONSENT_HUB, withdrawal(dataset), binary(id, Map.of("ce-actor", "sam")));

        assertThat(response.status()).as(response.raw()).isEqualTo(202);
        ConsumerRecord<byte[], byte[]> published = inbound.await(r -> id.equals(KafkaProbe.header(r, "ce_id")), Duration.ofSeconds(20));
        assertThat(KafkaProbe.header(published, "ce_actor")).isEqualTo("consent-hub");
        assertThat(KafkaProbe.header(published, "ce_onbehalfof")).isEqualTo("sam");
        assertThat(KafkaProbe.header(published, "ce_actorverifiedby")).isEqualTo("/request-service");
        assertThat(KafkaProbe.header(published, "ce_time")).as("the sender's time is kept in the original").isEqualTo(CLAIMED_TIME);

        ConsumerRecord<byte[], byte[]> derived = kafka.await(KafkaProbe.ofType(EventType.CONSENT_WITHDRAWN, dataset), Duration.ofSeconds(30));
        assertThat(KafkaProbe.header(derived, "ce_actor")).isEqualTo("consent-hub");
        assertThat(KafkaProbe.header(derived, "ce_onbehalfof")).isEqualTo("sam");
        ConsentWithdrawn withdrawn = (ConsentWithdrawn) GovernanceCloudEvents.decode(KafkaProbe.cloudEvent(derived));
        assertThat(withdrawn.withdrawnAt()).as("occurred_at, as the sender said").isEqualTo(Instant.parse(CLAIMED_TIME));
        assertThat(OffsetDateTime.parse(KafkaProbe.header(derived, "ce_time")).toInstant())
                .as("ordered by Custodian's clock").isAfterOrEqualTo(before.minusSeconds(1));
    }

    @Test
    void aClaimWithoutTheRightToActForItIsRefusedAndNothingIsPublished() {
        String byActor = UUID.randomUUID().toString();
        String byOnBehalfOf = UUID.randomUUID().toString();
        String beyondItsList = UUID.randomUUID().toString();

        assertForbidden(api.post("/api/events", ENCLAVE, withdrawal(dataset), binary(byActor, Map.of("ce-actor", "sam"))));
        assertForbidden(api.post("/api/events", ENCLAVE, withdrawal(dataset), binary(byOnBehalfOf, Map.of("ce-onbehalfof", "sam"))));
        assertForbidden(api.post("/api/events", CONSENT_HUB, withdrawal(dataset), binary(beyondItsList, Map.of("ce-actor", "rita"))));

        List<String> refused = List.of(byActor, byOnBehalfOf, beyondItsList);
        assertThat(inbound.drain(Duration.ofSeconds(3))).noneMatch(r -> refused.contains(KafkaProbe.header(r, "ce_id")));
        assertThat(kafka.drain(Duration.ofSeconds(1))).noneMatch(KafkaProbe.ofType(EventType.CONSENT_WITHDRAWN, dataset));
        assertThat(rows("dataset_consent WHERE dataset_id = '" + dataset + "'")).isZero();
    }

    @Test
    void oneUnallowedClaimRefusesTheWholeBatch() {
        String fine = UUID.randomUUID().toString();
        String batch = "[" + structured(fine, null) + "," + structured(UUID.randomUUID().toString(), "sam") + "]";

        HttpApi.Response response = api.post("/api/events", ENCLAVE, batch, Map.of("Content-Type", "application/cloudevents-batch+json"));

        assertForbidden(response);
        assertThat(response.json().at("/errors/0/index").asInt()).isEqualTo(1);
        assertThat(inbound.drain(Duration.ofSeconds(3))).noneMatch(r -> fine.equals(KafkaProbe.header(r, "ce_id")));
    }

    @Test
    void namingItselfOrAWildcardGrantIsNoProblemAndAForgedVerificationIsReplaced() {
        String self = UUID.randomUUID().toString();
        String anyone = UUID.randomUUID().toString();

        HttpApi.Response own = api.post("/api/events", ENCLAVE, withdrawal(dataset),
                binary(self, Map.of("ce-actor", "enclave-eu", "ce-actorverifiedby", "/somewhere-else")));
        HttpApi.Response wildcard = api.post("/api/events", TestTokens.token("ops-bridge", "integration"), withdrawal(dataset),
                binary(anyone, Map.of("ce-onbehalfof", "rita")));

        assertThat(own.status()).as(own.raw()).isEqualTo(202);
        assertThat(wildcard.status()).as(wildcard.raw()).isEqualTo(202);
        ConsumerRecord<byte[], byte[]> ownRecord = inbound.await(r -> self.equals(KafkaProbe.header(r, "ce_id")), Duration.ofSeconds(20));
        assertThat(KafkaProbe.header(ownRecord, "ce_onbehalfof")).isNull();
        assertThat(KafkaProbe.header(ownRecord, "ce_actorverifiedby")).isEqualTo("/request-service");
        ConsumerRecord<byte[], byte[]> forRita = inbound.await(r -> anyone.equals(KafkaProbe.header(r, "ce_id")), Duration.ofSeconds(20));
        assertThat(KafkaProbe.header(forRita, "ce_actor")).isEqualTo("ops-bridge");
        assertThat(KafkaProbe.header(forRita, "ce_onbehalfof")).isEqualTo("rita");
    }

    @Test
    void aSignedWebhookIsCreditedToTheIntegrationWhoseSecretVerifiedItAndMayClaimNoOneElse() throws Exception {
        String id = UUID.randomUUID().toString();
        String event = structured(id, null);
        String claiming = structured(UUID.randomUUID().toString(), "sam");

        HttpApi.Response response = api.post("/api/events", null, event, IngressIT.signed(ENCLAVE_SECRET, event, Instant.now()));
        HttpApi.Response refused = api.post("/api/events", null, claiming, IngressIT.signed(ENCLAVE_SECRET, claiming, Instant.now()));

        assertThat(response.status()).as(response.raw()).isEqualTo(202);
        ConsumerRecord<byte[], byte[]> derived = kafka.await(r -> KafkaProbe.ofType(EventType.CONSENT_WITHDRAWN, dataset).test(r),
                Duration.ofSeconds(30));
        assertThat(KafkaProbe.header(derived, "ce_actor")).isEqualTo("enclave");
        assertThat(KafkaProbe.header(derived, "ce_onbehalfof")).isNull();
        assertThat(refused.status()).as(refused.raw()).isEqualTo(403);
        assertThat(refused.json().at("/code").asText()).isEqualTo("ACTING_FOR_NOT_PERMITTED");
    }

    @Test
    void anEventProducedStraightToTheTopicIsCreditedToItsSourceWithItsActorOnlyAClaim() {
        String id = UUID.randomUUID().toString();

        kafka.send(Topic.INBOUND.topicName(), dataset, CloudEventBuilder.v1().withId(id).withSource(URI.create("/consent-platform"))
                .withType(WITHDRAWN).withSubject(dataset).withExtension("actor", "sam").withDataContentType("application/json")
                .withData(withdrawal(dataset).getBytes(StandardCharsets.UTF_8)).build());

        ConsumerRecord<byte[], byte[]> derived = kafka.await(KafkaProbe.ofType(EventType.CONSENT_WITHDRAWN, dataset), Duration.ofSeconds(30));
        assertThat(KafkaProbe.header(derived, "ce_actor")).isEqualTo("/consent-platform");
        assertThat(KafkaProbe.header(derived, "ce_onbehalfof")).isEqualTo("sam");
    }

    private void assertForbidden(HttpApi.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo("ACTING_FOR_NOT_PERMITTED");
        assertThat(response.json().at("/detail").asText()).contains("may-act-for");
        assertThat(rows("inbound_event")).as("nothing accepted").isEqualTo(ledgerBefore);
    }

    private static Map<String, String> binary(String id, Map<String, String> extensions) {
        Map<String, String> headers = new HashMap<>(Map.of("ce-specversion", "1.0", "ce-id", id, "ce-source", "/consent-platform",
                "ce-type", WITHDRAWN, "ce-time", CLAIMED_TIME, "Content-Type", "application/json"));
        headers.putAll(extensions);
        return headers;
    }

    private String structured(String id, String actorClaim) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/consent-platform\",\"type\":\"" + WITHDRAWN + "\","
                + (actorClaim == null ? "" : "\"actor\":\"" + actorClaim + "\",")
                + "\"datacontenttype\":\"application/json\",\"data\":" + withdrawal(dataset) + "}";
    }

    private static String withdrawal(String datasetId) {
        return "{\"dataset_id\":\"" + datasetId + "\",\"cohort\":\"cohort-a\",\"withdrawn_at\":\"" + CLAIMED_TIME + "\"}";
    }
}
