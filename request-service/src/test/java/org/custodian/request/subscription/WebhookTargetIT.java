package org.custodian.request.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.custodian.request.RequestServiceIntegration;
import org.custodian.testing.HttpApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks reach no internal address an operator did not allow (the tests allow 127.0.0.2 only): a
 * subscription to one is refused, and a name that resolves to one only at delivery time (DNS
 * rebinding) is not sent to.
 */
class WebhookTargetIT extends RequestServiceIntegration {

    private static final String DATASET_REGISTERED = "org.custodian.dataset.registered.v1";

    /** On 127.0.0.1, which no test allows: anything sent there would arrive here. */
    private final WebhookReceiver receiver = new WebhookReceiver("127.0.0.1");

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void subscriptionsToInternalAddressesAreRefusedNamingTheTarget() {
        long before = rows("webhook_subscription");
        for (String url : List.of("http://169.254.169.254/", "http://169.254.169.254/latest/meta-data/", receiver.url(),
                "http://localhost:8080/hook", "http://0.0.0.0/", "http://10.1.2.3/", "http://172.16.0.1/", "http://192.168.1.1/",
                "http://[::1]/", "http://[fe80::1]/", "http://[fd12:3456::1]/", "http://[::ffff:127.0.0.1]/")) {
            HttpApi.Response response = subscribe(url);

            assertThat(response.status()).as(url + " " + response.raw()).isEqualTo(422);
            assertThat(response.json().at("/code").asText()).isEqualTo("WEBHOOK_TARGET_REFUSED");
            assertThat(response.json().at("/detail").asText()).contains(url);
        }
        assertThat(subscribe("http://169.254.169.254/").json().at("/detail").asText()).contains("link-local, cloud metadata");
        assertThat(rows("webhook_subscription")).isEqualTo(before);
    }

    @Test
    void aNameThatResolvesToLoopbackAtDeliveryTimeIsNotSentToAndTheDeliveryFailsSayingWhy() throws Exception {
        String host = "rebinding-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        TestHostNames.resolve(host, "203.0.113.7");
        String url = receiver.url().replace("127.0.0.1", host);
        HttpApi.Response subscribed = subscribe(url);
        assertThat(subscribed.status()).as(subscribed.raw()).isEqualTo(201);
        TestHostNames.resolve(host, "127.0.0.1");
        String id = subscribed.json().at("/id").asText();

        registerDataset("ds-rebind-" + UUID.randomUUID().toString().substring(0, 8), List.of("DUO:0000042"), "auto");

        await().atMost(Duration.ofSeconds(30)).until(() -> !deliveries(id).isEmpty());
        JsonNode attempt = deliveries(id).get(0);
        assertThat(attempt.at("/state").asText()).isEqualTo("FAILED");
        assertThat(attempt.at("/status_code").isNull()).isTrue();
        assertThat(attempt.at("/error").asText()).contains(host, "127.0.0.1", "loopback");
        await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
        assertThat(receiver.received()).isEmpty();
        assertThat(deliveries(id)).hasSize(1).as("failed for good, not retried");
    }

    private HttpApi.Response subscribe(String url) {
        return api.post("/api/webhooks", STEWARD, HttpApi.json(Map.of("url", url, "event_types", List.of(DATASET_REGISTERED))));
    }

    private JsonNode deliveries(String id) {
        return api.get("/api/webhooks/" + id + "/deliveries", STEWARD).json();
    }
}
