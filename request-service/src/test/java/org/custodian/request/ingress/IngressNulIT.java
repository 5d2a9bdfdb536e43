package org.custodian.request.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.Topic;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A NUL character (U+0000) in a posted event, wherever it hides, is refused at the door with 400 NUL_CHARACTER:
 * PostgreSQL could not store it later. Nothing is recorded or published, so the same event id, sent again clean,
 * is accepted as new.
 */
class IngressNulIT extends RequestServiceIntegration {

    private static final String INTEGRATION = TestTokens.token("enclave-eu", "integration");
    private static final String IRB_EXPIRED = "org.custodian.integration.irb.expired.v1";
    private static final Map<String, String> STRUCTURED = Map.of("Content-Type", "application/cloudevents+json");
    private static final String ESCAPED_NUL = "\\u0000";

    private KafkaProbe inbound;
    private long ledgerBefore;
    private String researcher;

    /** The events name a researcher Custodian knows, as /api/events requires. */
    @BeforeEach
    void watchInbound() {
        researcher = "r-" + UUID.randomUUID();
        registerResearcher(researcher);
        inbound = KafkaProbe.on(Topic.INBOUND.topicName());
        ledgerBefore = rows("inbound_event");
    }

    @Test
    void aNulInAStructuredEventsDataIsRefusedAndTheIdStaysFree() {
        String id = UUID.randomUUID().toString();

        assertRefused(api.post("/api/events", INTEGRATION, structured(id, irbData("IRB-1" + ESCAPED_NUL)), STRUCTURED));
        assertRefused(api.post("/api/events", INTEGRATION, structured(id, "{\"researcher_id" + ESCAPED_NUL
                + "\":\"" + researcher + "\",\"reference\":\"IRB-1\",\"expired_on\":\"2026-11-21\"}"), STRUCTURED));
        assertRefused(api.post("/api/events", INTEGRATION, structured(id, irbData("IRB-1")).replace("/lab", "/lab"
                + ESCAPED_NUL), STRUCTURED));

        assertNothingPublished(id);
        HttpApi.Response clean = api.post("/api/events", INTEGRATION, structured(id, irbData("IRB-1")), STRUCTURED);
        assertThat(clean.status()).as(clean.raw()).isEqualTo(202);
        assertThat(clean.json().at("/status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void aNulInABinaryModeEventsDataIsRefused() {
        String id = UUID.randomUUID().toString();
        Map<String, String> headers = Map.of("ce-specversion", "1.0", "ce-id", id, "ce-source", "/lab",
                "ce-type", IRB_EXPIRED, "Content-Type", "application/json");

        assertRefused(api.post("/api/events", INTEGRATION, irbData("IRB" + ESCAPED_NUL), headers));
        assertRefused(api.post("/api/events", INTEGRATION, irbData("IRB\0"), headers));

        assertNothingPublished(id);
    }

    @Test
    void aNulInBase64DataIsRefused() {
        String id = UUID.randomUUID().toString();
        String data = Base64.getEncoder().encodeToString(irbData("IRB" + ESCAPED_NUL).getBytes(StandardCharsets.UTF_8));
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/lab\",\"type\":\"" + IRB_EXPIRED
                + "\",\"datacontenttype\":\"application/json\",\"data_base64\":\"" + data + "\"}";

        HttpApi.Response refused = api.post("/api/events", INTEGRATION, event, STRUCTURED);

        assertRefused(refused);
        assertThat(refused.json().at("/errors/0/index").asInt()).isZero();
        assertNothingPublished(id);
    }

    @Test
    void oneNulEventRefusesTheWholeBatch() {
        String clean = UUID.randomUUID().toString();
        String batch = "[" + structured(clean, irbData("IRB-1")) + ","
                + structured(UUID.randomUUID().toString(), irbData("IRB-2" + ESCAPED_NUL)) + "]";

        assertRefused(api.post("/api/events", INTEGRATION, batch, Map.of("Content-Type", "application/cloudevents-batch+json")));

        assertNothingPublished(clean);
    }

    @Test
    void aSignedWebhookHoldingANulIsRefusedAndSoIsItsReplay() throws Exception {
        String id = UUID.randomUUID().toString();
        String event = structured(id, irbData("IRB" + ESCAPED_NUL));
        Map<String, String> signed = signed(ENCLAVE_SECRET, event, Instant.now());

        assertRefused(api.post("/api/events", null, event, signed));
        assertRefused(api.post("/api/events", null, event, signed));

        assertNothingPublished(id);
    }

    @Test
    void anEscapedBackslashBeforeU0000IsTextAndAccepted() {
        String id = UUID.randomUUID().toString();

        HttpApi.Response response = api.post("/api/events", INTEGRATION, structured(id, irbData("IRB-\\\\u0000")), STRUCTURED);

        assertThat(response.status()).as(response.raw()).isEqualTo(202);
    }

    @Test
    void anOversizedPostWithANulIsRefusedForItsSize() {
        String event = structured(UUID.randomUUID().toString(), irbData("x".repeat(70_000) + ESCAPED_NUL));

        HttpApi.Response response = api.post("/api/events", INTEGRATION, event, STRUCTURED);

        assertThat(response.status()).as(response.raw()).isEqualTo(413);
        assertThat(rows("inbound_event")).isEqualTo(ledgerBefore);
    }

    private void assertRefused(HttpApi.Response response) {
        assertThat(response.status()).as(response.raw()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo("NUL_CHARACTER");
        assertThat(rows("inbound_event")).as("nothing accepted").isEqualTo(ledgerBefore);
    }

    private void assertNothingPublished(String id) {
        assertThat(inbound.drain(Duration.ofSeconds(2))).noneMatch(r -> id.equals(KafkaProbe.header(r, "ce_id")));
    }

    private static String structured(String id, String data) {
        return "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"/lab\",\"type\":\"" + IRB_EXPIRED
                + "\",\"datacontenttype\":\"application/json\",\"data\":" + data + "}";
    }

    private String irbData(String reference) {
        return "{\"researcher_id\":\"" + researcher + "\",\"reference\":\"" + reference + "\",\"expired_on\":\"2026-11-21\"}";
    }
}
