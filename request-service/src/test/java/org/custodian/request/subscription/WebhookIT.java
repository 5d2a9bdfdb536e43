package org.custodian.request.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.standardwebhooks.Webhook;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.support.secrets.StartupSealing;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class WebhookIT extends RequestServiceIntegration {

    private static final String DATASET_REGISTERED = "org.custodian.dataset.registered.v1";

    @Autowired
    private StartupSealing sealing;
    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = new WebhookReceiver();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aSubscribedEventArrivesSignedAsAStructuredCloudEvent() {
        JsonNode subscription = subscribe(List.of(DATASET_REGISTERED));
        String dataset = "ds-hook-" + UUID.randomUUID().toString().substring(0, 8);

        registerDataset(dataset, List.of("DUO:0000042"), "auto");

        WebhookReceiver.Received delivery = awaitDelivery(dataset);
        assertThat(delivery.headers().get("Content-type")).containsExactly("application/cloudevents+json");
        Map<String, List<String>> headers = Map.of(
                "webhook-id", delivery.headers().get("Webhook-id"),
                "webhook-timestamp", delivery.headers().get("Webhook-timestamp"),
                "webhook-signature", delivery.headers().get("Webhook-signature"));
        assertThatCode(() -> new Webhook(subscription.at("/secret").asText()).verify(delivery.body(), headers))
                .doesNotThrowAnyException();
        String id = subscription.at("/id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/webhooks/" + id + "/deliveries", STEWARD).json()
                .findValuesAsText("state").contains("DELIVERED"));
        assertThat(api.get("/api/webhooks/" + id, STEWARD).json().has("secret")).isTrue();
        assertThat(api.get("/api/webhooks/" + id, STEWARD).json().at("/secret").isNull()).as("shown once").isTrue();
        assertThat(storedSecret(id)).startsWith("seal:v1:").doesNotContain("whsec_")
                .doesNotContain(subscription.at("/secret").asText().substring("whsec_".length()));
    }

    @Test
    void aSecretStoredInPlaintextBeforeSealingIsSealedAtStartupAndStillSigns() {
        String id = "wh-legacy-" + UUID.randomUUID();
        String secret = "whsec_" + Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes());
        jdbc.sql("""
                INSERT INTO webhook_subscription (id, url, event_types, sealed_secret, owner, created_at)
                VALUES (?, ?, ?::jsonb, ?, 'sam-steward', now())""")
                .params(id, receiver.url(), "[\"" + DATASET_REGISTERED + "\"]", secret).update();

        sealing.run(null);

        assertThat(storedSecret(id)).startsWith("seal:v1:").doesNotContain("whsec_");
        String dataset = "ds-legacy-" + UUID.randomUUID().toString().substring(0, 8);
        registerDataset(dataset, List.of("DUO:0000042"), "auto");
        WebhookReceiver.Received delivery = awaitDelivery(dataset);
        Map<String, List<String>> headers = Map.of(
                "webhook-id", delivery.headers().get("Webhook-id"),
                "webhook-timestamp", delivery.headers().get("Webhook-timestamp"),
                "webhook-signature", delivery.headers().get("Webhook-signature"));
        assertThatCode(() -> new Webhook(secret).verify(delivery.body(), headers)).doesNotThrowAnyException();
    }

    @Test
    void aFailedDeliveryIsRetriedWithGrowingWaitsUntilItSucceeds() {
        JsonNode subscription = subscribe(List.of(DATASET_REGISTERED));
        receiver.answer(500, 503);
        String dataset = "ds-retry-" + UUID.randomUUID().toString().substring(0, 8);

        registerDataset(dataset, List.of("DUO:0000042"), "auto");

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().stream()
                .filter(r -> r.body().contains(dataset)).count() == 3);
        JsonNode attempts = api.get("/api/webhooks/" + subscription.at("/id").asText() + "/deliveries", STEWARD).json();
        assertThat(attempts.findValuesAsText("status_code")).containsExactly("204", "503", "500");
        assertThat(attempts.findValuesAsText("state")).containsOnly("DELIVERED");
    }

    @Test
    void goneDisablesTheSubscription() {
        JsonNode subscription = subscribe(List.of("*"));
        receiver.answer(410);

        registerDataset("ds-gone-" + UUID.randomUUID().toString().substring(0, 8), List.of("DUO:0000042"), "auto");

        String id = subscription.at("/id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> !api.get("/api/webhooks/" + id, STEWARD).json().at("/active").asBoolean());
        int seen = receiver.received().size();
        registerDataset("ds-after-" + UUID.randomUUID().toString().substring(0, 8), List.of("DUO:0000042"), "auto");
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        assertThat(receiver.received()).hasSize(seen);
        assertThat(api.get("/api/webhooks/" + id, STEWARD).json().at("/disabled_reason").asText()).contains("410");
        var disabled = kafka.await(KafkaProbe.ofType(EventType.WEBHOOK_DISABLED, id), Duration.ofSeconds(10));
        assertThat(KafkaProbe.header(disabled, "ce_actor")).isEqualTo("system:webhook-delivery");
    }

    @Test
    void badSubscriptionsAreRefusedAndStoreNothing() {
        long before = rows("webhook_subscription");
        String valid = HttpApi.json(Map.of("url", receiver.url(), "event_types", List.of(DATASET_REGISTERED)));

        assertThat(api.post("/api/webhooks", null, valid).status()).isEqualTo(401);
        assertThat(api.post("/api/webhooks", TestTokens.token("rita", "researcher", "integration"), valid).status()).isEqualTo(403);
        assertThat(api.post("/api/webhooks", STEWARD, "{\"url\":").status()).isEqualTo(400);
        assertThat(api.post("/api/webhooks", STEWARD, HttpApi.json(Map.of("url", "ftp://example.org/x",
                "event_types", List.of(DATASET_REGISTERED)))).json().at("/code").asText()).isEqualTo("INSECURE_URL");
        assertThat(api.post("/api/webhooks", STEWARD, HttpApi.json(Map.of("url", receiver.url(),
                "event_types", List.of("org.example.nope.v1")))).json().at("/code").asText()).isEqualTo("UNKNOWN_EVENT_TYPE");
        assertThat(api.post("/api/webhooks", STEWARD, HttpApi.json(Map.of("url", receiver.url(),
                "event_types", List.of()))).status()).isEqualTo(400);
        assertThat(api.post("/api/webhooks", STEWARD, "{\"url\":\"" + "x".repeat(70_000) + "\"}").status()).isEqualTo(413);
        assertThat(api.get("/api/webhooks/wh-nothing", STEWARD).status()).isEqualTo(404);
        assertThat(rows("webhook_subscription")).isEqualTo(before);
    }

    private String storedSecret(String id) {
        return jdbc.sql("SELECT sealed_secret FROM webhook_subscription WHERE id = ?").param(id).query(String.class).single();
    }

    private JsonNode subscribe(List<String> types) {
        HttpApi.Response response = api.post("/api/webhooks", STEWARD,
                HttpApi.json(Map.of("url", receiver.url(), "event_types", types)));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        assertThat(response.json().at("/secret").asText()).startsWith("whsec_");
        return response.json();
    }

    private WebhookReceiver.Received awaitDelivery(String text) {
        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().stream().anyMatch(r -> r.body().contains(text)));
        return receiver.received().stream().filter(r -> r.body().contains(text)).findFirst().orElseThrow();
    }
}
