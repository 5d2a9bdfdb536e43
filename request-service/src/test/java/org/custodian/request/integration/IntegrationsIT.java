package org.custodian.request.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.custodian.contracts.EventType;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.support.secrets.StartupSealing;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.custodian.testing.TravellingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class IntegrationsIT extends RequestServiceIntegration {

    private static final String ADMIN_SUBJECT = "ada-admin";
    private static final String ADMIN = TestTokens.token(ADMIN_SUBJECT, "admin");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    private StartupSealing sealing;

    private String researcher;

    /** The signed events name a researcher Custodian knows, as /api/events requires. */
    @BeforeEach
    void registerTheResearcherEventsName() {
        researcher = "r-" + UUID.randomUUID();
        registerResearcher(researcher);
    }

    @AfterEach
    void backToNow() {
        TravellingClock.SHARED.reset();
    }

    @Test
    void anAddedIntegrationSignsWithTheSecretShownOnce() throws Exception {
        String name = unique("lab-feed");

        HttpApi.Response added = add(name);

        String secret = added.json().at("/secret").asText();
        assertThat(secret).startsWith("whsec_");
        assertThat(post(secret).status()).isEqualTo(202);
        assertThat(audited(EventType.INTEGRATION_ADDED, name, secret)).contains(added.json().at("/secrets/0/id").asText());
        HttpApi.Response listed = api.get("/api/integrations", ADMIN);
        assertThat(listed.raw()).contains(name).doesNotContain(secret);
        assertThat(listed.json().findValuesAsText("source")).contains("configuration", "api");
    }

    @Test
    void anAddedIntegrationsSecretIsStoredSealedAndStillVerifies() throws Exception {
        String name = unique("sealed-feed");
        String secret = add(name).json().at("/secret").asText();

        String stored = storedSecret(name);

        assertThat(stored).startsWith("seal:v1:").doesNotContain(secret)
                .doesNotContain(secret.substring("whsec_".length()));
        assertThat(post(secret).status()).isEqualTo(202);
    }

    @Test
    void aSecretStoredInPlaintextBeforeSealingIsSealedAtStartupAndStillVerifies() throws Exception {
        String name = unique("legacy-feed");
        String secret = "whsec_" + Base64.getEncoder().encodeToString(UUID.randomUUID().toString()
                .getBytes(StandardCharsets.UTF_8));
        jdbc.sql("INSERT INTO integration (name, created_by, created_at) VALUES (?, 'ada-admin', now())").param(name).update();
        jdbc.sql("INSERT INTO integration_secret (id, integration, sealed_secret, created_at) VALUES (?, ?, ?, now())")
                .params("sec-" + UUID.randomUUID(), name, secret).update();
        assertThat(post(secret).status()).as("read as it is until sealed").isEqualTo(202);

        sealing.run(null);

        assertThat(storedSecret(name)).startsWith("seal:v1:").doesNotContain(secret);
        assertThat(post(secret).status()).isEqualTo(202);
        assertThat(post("whsec_" + Base64.getEncoder().encodeToString(new byte[32])).status()).isEqualTo(401);
    }

    @Test
    void aRotatedSecretKeepsTheOldOneForTheGraceOnly() throws Exception {
        String name = unique("irb-sync");
        String old = add(name).json().at("/secret").asText();

        HttpApi.Response rotated = api.post("/api/integrations/" + name + "/secret-rotations", ADMIN, "");

        assertThat(rotated.status()).as(rotated.raw()).isEqualTo(201);
        String fresh = rotated.json().at("/secret").asText();
        assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
        assertThat(post(old).status()).isEqualTo(202);
        assertThat(post(fresh).status()).isEqualTo(202);
        audited(EventType.INTEGRATION_SECRET_ROTATED, name, fresh, old);

        TravellingClock.SHARED.advance(Duration.ofDays(7).plusMinutes(1));

        assertThat(post(old).status()).isEqualTo(401);
        assertThat(post(fresh).status()).isEqualTo(202);
    }

    @Test
    void aDisabledIntegrationsPostsAreRefused() throws Exception {
        String name = unique("consent-feed");
        String secret = add(name).json().at("/secret").asText();

        HttpApi.Response disabled = api.post("/api/integrations/" + name + "/disable", ADMIN, "");

        assertThat(disabled.status()).as(disabled.raw()).isEqualTo(200);
        assertThat(disabled.json().at("/active").asBoolean()).isFalse();
        assertThat(disabled.json().at("/disabled_by").asText()).isEqualTo(ADMIN_SUBJECT);
        assertThat(post(secret).status()).isEqualTo(401);
        audited(EventType.INTEGRATION_DISABLED, name, secret);
        assertProblem(api.post("/api/integrations/" + name + "/secret-rotations", ADMIN, ""), 409, "INTEGRATION_DISABLED");
    }

    @Test
    void onlyAnAdminChangesIntegrationsAndNothingChangesOtherwise() {
        String name = unique("ops-feed");
        long before = rows("integration");

        assertProblem(api.post("/api/integrations", STEWARD, HttpApi.json(Map.of("name", name))), 403, "FORBIDDEN");
        assertProblem(api.get("/api/integrations", TestTokens.token("ira", "integration")), 403, "FORBIDDEN");
        assertProblem(api.post("/api/integrations/enclave/disable", STEWARD, ""), 403, "FORBIDDEN");

        assertThat(rows("integration")).isEqualTo(before);
    }

    @Test
    void badNamesDuplicatesUnknownAndConfiguredIntegrationsAreRefused() throws Exception {
        String name = unique("dup");
        add(name);
        long before = rows("integration_secret");

        assertProblem(api.post("/api/integrations", ADMIN, HttpApi.json(Map.of("name", name))), 409, "INTEGRATION_EXISTS");
        assertProblem(api.post("/api/integrations", ADMIN, HttpApi.json(Map.of("name", "enclave"))), 409, "INTEGRATION_EXISTS");
        assertProblem(api.post("/api/integrations", ADMIN, HttpApi.json(Map.of("name", "no spaces/or slashes"))), 400, "INVALID_FIELDS");
        assertProblem(api.post("/api/integrations", ADMIN, HttpApi.json(Map.of("name", "x".repeat(65)))), 400, "INVALID_FIELDS");
        assertProblem(api.post("/api/integrations/nobody-here/disable", ADMIN, ""), 404, "UNKNOWN_INTEGRATION");
        assertProblem(api.post("/api/integrations/enclave/secret-rotations", ADMIN, ""), 409, "CONFIGURED_INTEGRATION");

        assertThat(rows("integration_secret")).isEqualTo(before);
        assertThat(post(ENCLAVE_SECRET).status()).as("configuration still seeds").isEqualTo(202);
    }

    private HttpApi.Response add(String name) {
        HttpApi.Response response = api.post("/api/integrations", ADMIN, HttpApi.json(Map.of("name", name)));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response;
    }

    /** The change's event on the catalog topic, credited to the admin and carrying none of the secrets; its data. */
    private String audited(EventType type, String name, String... secrets) {
        ConsumerRecord<byte[], byte[]> event = kafka.await(KafkaProbe.ofType(type, name), WAIT);
        assertThat(KafkaProbe.header(event, "ce_actor")).isEqualTo(ADMIN_SUBJECT);
        String data = new String(event.value(), StandardCharsets.UTF_8);
        for (String secret : secrets) {
            assertThat(data).doesNotContain(secret);
        }
        return data;
    }

    private HttpApi.Response post(String secret) throws Exception {
        String event = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"/lab\","
                + "\"type\":\"org.custodian.integration.irb.expired.v1\",\"datacontenttype\":\"application/json\","
                + "\"data\":{\"researcher_id\":\"" + researcher + "\",\"reference\":\"IRB-1\",\"expired_on\":\"2026-11-21\"}}";
        return api.post("/api/events", null, event, signed(secret, event, Instant.now()));
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }

    private String storedSecret(String integration) {
        return jdbc.sql("SELECT sealed_secret FROM integration_secret WHERE integration = ?").param(integration)
                .query(String.class).single();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
