package org.custodian.request.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.contracts.EventType;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.custodian.testing.KafkaProbe;
import org.custodian.testing.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Stewards unsubscribe a receiver, re-enable it, and send a delivery it missed again. */
class WebhookManagementIT extends RequestServiceIntegration {

    private static final String DATASET_REGISTERED = "org.custodian.dataset.registered.v1";

    private WebhookReceiver receiver;
    private String id;

    @BeforeEach
    void subscribe() {
        receiver = new WebhookReceiver();
        HttpApi.Response response = api.post("/api/webhooks", STEWARD,
                HttpApi.json(Map.of("url", receiver.url(), "event_types", List.of(DATASET_REGISTERED))));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        id = response.json().at("/id").asText();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void anUnsubscribedReceiverGetsNothingMoreAndSayingItTwiceChangesNothing() {
        HttpApi.Response unsubscribed = api.post("/api/webhooks/" + id + "/unsubscribe", STEWARD, "");

        assertThat(unsubscribed.status()).as(unsubscribed.raw()).isEqualTo(200);
        assertThat(unsubscribed.json().at("/active").asBoolean()).isFalse();
        assertThat(unsubscribed.json().at("/disabled_reason").asText()).contains("sam-steward");
        var disabled = kafka.await(KafkaProbe.ofType(EventType.WEBHOOK_DISABLED, id), Duration.ofSeconds(10));
        assertThat(KafkaProbe.header(disabled, "ce_actor")).isEqualTo("sam-steward");

        String dataset = "ds-unsub-" + UUID.randomUUID().toString().substring(0, 8);
        registerDataset(dataset, List.of("DUO:0000042"), "auto");
        await().pollDelay(Duration.ofSeconds(2)).until(() -> true);
        assertThat(receiver.received()).noneMatch(r -> r.body().contains(dataset));

        assertThat(api.post("/api/webhooks/" + id + "/unsubscribe", STEWARD, "").status()).isEqualTo(200);
        assertThat(kafka.drain(Duration.ofSeconds(2)).stream().filter(KafkaProbe.ofType(EventType.WEBHOOK_DISABLED, id)))
                .as("recorded once").hasSize(1);
    }

    @Test
    void aDeliveryAbandonedByAGoneReceiverIsSentAgainOnceTheSubscriptionIsReEnabled() {
        receiver.answer(410);
        String dataset = "ds-again-" + UUID.randomUUID().toString().substring(0, 8);
        registerDataset(dataset, List.of("DUO:0000042"), "auto");
        await().atMost(Duration.ofSeconds(30)).until(() -> !api.get("/api/webhooks/" + id, STEWARD).json().at("/active").asBoolean());
        String eventId = api.get("/api/webhooks/" + id + "/deliveries", STEWARD).json().at("/0/event_id").asText();

        assertProblem(redeliver(eventId), 409, "SUBSCRIPTION_DISABLED");
        HttpApi.Response enabled = api.post("/api/webhooks/" + id + "/enable", STEWARD, "");
        assertThat(enabled.json().at("/active").asBoolean()).isTrue();
        assertThat(KafkaProbe.header(kafka.await(KafkaProbe.ofType(EventType.WEBHOOK_ENABLED, id), Duration.ofSeconds(10)),
                "ce_actor")).isEqualTo("sam-steward");

        assertThat(redeliver(eventId).status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().stream()
                .filter(r -> r.body().contains(dataset)).count() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/webhooks/" + id + "/deliveries", STEWARD).json()
                .at("/0/state").asText().equals("DELIVERED"));
        assertProblem(redeliver(eventId), 409, "DELIVERY_NOT_FAILED");
        assertProblem(redeliver("no-such-event"), 404, "UNKNOWN_DELIVERY");
    }

    @Test
    void onlyStewardsManageSubscriptions() {
        String researcher = TestTokens.token("rita", "researcher", "integration", "reviewer");

        assertThat(api.post("/api/webhooks/" + id + "/unsubscribe", researcher, "").status()).isEqualTo(403);
        assertThat(api.post("/api/webhooks/" + id + "/enable", researcher, "").status()).isEqualTo(403);
        assertThat(api.post("/api/webhooks/" + id + "/deliveries/x/redelivery", researcher, "").status()).isEqualTo(403);
        assertThat(api.get("/api/webhooks/" + id, STEWARD).json().at("/active").asBoolean()).isTrue();
        assertProblem(api.post("/api/webhooks/wh-nothing/unsubscribe", STEWARD, ""), 404, "UNKNOWN_SUBSCRIPTION");
    }

    private HttpApi.Response redeliver(String eventId) {
        return api.post("/api/webhooks/" + id + "/deliveries/" + eventId + "/redelivery", STEWARD, "");
    }

    private static void assertProblem(HttpApi.Response response, int status, String code) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertThat(response.json().at("/code").asText()).isEqualTo(code);
    }
}
