package org.custodian.request.subscription;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.custodian.contracts.operations.WebhookDisabled;
import org.custodian.request.config.GovernanceChanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due deliveries, one transaction each: the row stays locked while it is tried, so two
 * dispatchers never send the same one. 2xx delivers; 410 Gone disables the subscription; anything
 * else is tried again after the backoff, until the policy gives up. A target that now resolves to a
 * refused range (DNS rebinding) is not sent to at all: the delivery fails at once, saying why.
 */
@Component
class WebhookDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final int PER_ROUND = 50;

    private final DeliveryQueue queue;
    private final Subscriptions subscriptions;
    private final RetryPolicy retry;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final GovernanceChanges changes;
    private final WebhookTargets targets;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    WebhookDispatcher(DeliveryQueue queue, Subscriptions subscriptions, RetryPolicy retry,
                      TransactionTemplate transactions, Clock clock, GovernanceChanges changes, WebhookTargets targets) {
        this.queue = queue;
        this.targets = targets;
        this.subscriptions = subscriptions;
        this.retry = retry;
        this.transactions = transactions;
        this.clock = clock;
        this.changes = changes;
    }

    @Scheduled(fixedDelayString = "${custodian.webhooks.poll-interval:500ms}")
    void dispatchDue() {
        for (int i = 0; i < PER_ROUND && Boolean.TRUE.equals(transactions.execute(status -> dispatchOne())); i++) {
            // each round sends at most PER_ROUND, so a backlog never starves the scheduler thread
        }
    }

    private boolean dispatchOne() {
        Optional<Delivery> due = queue.claimDue(clock.instant());
        due.ifPresent(this::attempt);
        return due.isPresent();
    }

    private void attempt(Delivery delivery) {
        Instant now = clock.instant();
        Subscription subscription = subscriptions.find(delivery.subscriptionId()).orElseThrow();
        Optional<String> refusal = targets.refusal(URI.create(subscription.url()));
        if (refusal.isPresent()) {
            LOG.warn("Webhook {} not sent to subscription {}: {}", delivery.eventId(), subscription.id(), refusal.get());
            queue.logAttempt(delivery, null, "Target refused: " + refusal.get(), now);
            queue.settle(delivery, DeliveryQueue.State.FAILED, now);
            return;
        }
        Integer status = null;
        String error = null;
        try {
            status = send(subscription, delivery, now);
        } catch (IOException | WebhookSigningException e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        queue.logAttempt(delivery, status, error, now);
        settle(subscription, delivery, status, now);
    }

    private void settle(Subscription subscription, Delivery delivery, Integer status, Instant now) {
        if (status != null && status >= 200 && status < 300) {
            queue.settle(delivery, DeliveryQueue.State.DELIVERED, now);
        } else if (status != null && status == 410) {
            LOG.warn("Webhook {} answered 410 Gone; disabling subscription {}", subscription.url(), subscription.id());
            queue.settle(delivery, DeliveryQueue.State.ABANDONED, now);
            String reason = "The receiver answered 410 Gone at " + now + ".";
            subscriptions.disable(subscription.id(), reason);
            changes.record(new WebhookDisabled(subscription.id(), reason), "system:webhook-delivery");
            queue.abandonPending(subscription.id());
        } else if (retry.exhausted(delivery.attempts() + 1)) {
            queue.settle(delivery, DeliveryQueue.State.FAILED, now);
        } else {
            queue.settle(delivery, DeliveryQueue.State.PENDING, now.plus(retry.backoff(delivery.attempts() + 1)));
        }
    }

    private int send(Subscription subscription, Delivery delivery, Instant now)
            throws IOException, InterruptedException, WebhookSigningException {
        long timestamp = now.getEpochSecond();
        String signature = new Webhook(subscriptions.secret(subscription.id())).sign(delivery.eventId(), timestamp, delivery.payload());
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/cloudevents+json")
                .header("webhook-id", delivery.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
