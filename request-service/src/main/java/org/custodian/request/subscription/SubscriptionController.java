package org.custodian.request.subscription;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custodian.contracts.EventType;
import org.custodian.contracts.operations.WebhookDisabled;
import org.custodian.contracts.operations.WebhookEnabled;
import org.custodian.contracts.operations.WebhookSubscribed;
import org.custodian.request.config.GovernanceChanges;
import org.custodian.support.problem.RuleViolation;
import org.custodian.support.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stewards subscribe receivers to governance events, watch their deliveries, unsubscribe and re-enable
 * them, and send a failed delivery again.
 */
@RestController
@RequestMapping("/api/webhooks")
class SubscriptionController {

    private static final Set<String> KNOWN_TYPES = Stream.concat(Stream.of("*"),
            Stream.of(EventType.values()).map(EventType::cloudEventType)).collect(Collectors.toSet());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Subscriptions subscriptions;
    private final DeliveryQueue queue;
    private final Clock clock;
    private final boolean requireHttps;
    private final GovernanceChanges changes;
    private final WebhookTargets targets;

    SubscriptionController(Subscriptions subscriptions, DeliveryQueue queue, Clock clock,
                           @Value("${custodian.webhooks.require-https:true}") boolean requireHttps, GovernanceChanges changes,
                           WebhookTargets targets) {
        this.subscriptions = subscriptions;
        this.targets = targets;
        this.queue = queue;
        this.clock = clock;
        this.requireHttps = requireHttps;
        this.changes = changes;
    }

    @PostMapping
    @Transactional
    ResponseEntity<SubscriptionView> subscribe(@Valid @RequestBody SubscribeBody body, Caller caller) {
        requireUsable(body);
        Subscription subscription = new Subscription("wh-" + UUID.randomUUID(), body.url(), List.copyOf(body.eventTypes()),
                caller.subject(), true, null, clock.instant());
        String secret = "whsec_" + Base64.getEncoder().encodeToString(randomBytes());
        subscriptions.add(subscription, secret);
        changes.record(new WebhookSubscribed(subscription.id(), subscription.url(), subscription.eventTypes()), caller.subject());
        return ResponseEntity.created(URI.create("/api/webhooks/" + subscription.id()))
                .body(SubscriptionView.withSecret(subscription, secret));
    }

    @GetMapping
    List<SubscriptionView> all() {
        return subscriptions.all().stream().map(SubscriptionView::of).toList();
    }

    @GetMapping("/{id}")
    SubscriptionView byId(@PathVariable String id) {
        return SubscriptionView.of(find(id));
    }

    @GetMapping("/{id}/deliveries")
    List<DeliveryQueue.Attempt> deliveries(@PathVariable String id) {
        return queue.attempts(find(id).id(), 200);
    }

    /** The subscription receives nothing more and its waiting deliveries are abandoned; again changes nothing. */
    @PostMapping("/{id}/unsubscribe")
    @Transactional
    SubscriptionView unsubscribe(@PathVariable String id, Caller caller) {
        Subscription subscription = find(id);
        if (subscription.active()) {
            String reason = "Unsubscribed by " + caller.subject() + " at " + clock.instant() + ".";
            subscriptions.disable(id, reason);
            queue.abandonPending(id);
            changes.record(new WebhookDisabled(id, reason), caller.subject());
        }
        return byId(id);
    }

    /** A disabled subscription receives events again, if its url is still one webhooks may reach; again changes nothing. */
    @PostMapping("/{id}/enable")
    @Transactional
    SubscriptionView enable(@PathVariable String id, Caller caller) {
        Subscription subscription = find(id);
        if (!subscription.active()) {
            targets.refusal(URI.create(subscription.url())).ifPresent(reason -> {
                throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "WEBHOOK_TARGET_REFUSED",
                        "Webhooks may not be sent to " + subscription.url() + " any more: " + reason + ".");
            });
            if (subscriptions.enable(id)) {
                changes.record(new WebhookEnabled(id), caller.subject());
            }
        }
        return byId(id);
    }

    /** A delivery that failed or was abandoned is sent again, with a fresh round of retries. */
    @PostMapping("/{id}/deliveries/{eventId}/redelivery")
    @Transactional
    ResponseEntity<Map<String, String>> redeliver(@PathVariable String id, @PathVariable String eventId) {
        Subscription subscription = find(id);
        DeliveryQueue.State state = queue.state(id, eventId).orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND,
                "UNKNOWN_DELIVERY", "Subscription " + id + " has no delivery of event " + shorten(eventId) + "."));
        if (!subscription.active()) {
            throw new RuleViolation(HttpStatus.CONFLICT, "SUBSCRIPTION_DISABLED",
                    "Subscription " + id + " is disabled; enable it before redelivering.");
        }
        if (!queue.redeliver(id, eventId, clock.instant())) {
            throw new RuleViolation(HttpStatus.CONFLICT, "DELIVERY_NOT_FAILED",
                    "The delivery of " + shorten(eventId) + " is " + state + "; only a FAILED or ABANDONED one is sent again.");
        }
        return ResponseEntity.accepted().body(Map.of("subscription_id", id, "event_id", eventId, "state", "PENDING"));
    }

    private static String shorten(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "…" : text;
    }

    private Subscription find(String id) {
        return subscriptions.find(id).orElseThrow(() -> new RuleViolation(HttpStatus.NOT_FOUND, "UNKNOWN_SUBSCRIPTION",
                "There is no webhook subscription " + id + "."));
    }

    private void requireUsable(SubscribeBody body) {
        URI url = parse(body.url());
        boolean https = "https".equals(url.getScheme());
        if (!https && (requireHttps || !"http".equals(url.getScheme()))) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "INSECURE_URL",
                    "Webhook URLs must be absolute https URLs.");
        }
        List<String> unknown = body.eventTypes().stream().filter(type -> !KNOWN_TYPES.contains(type)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "UNKNOWN_EVENT_TYPE",
                    "Unknown event types: " + String.join(", ", unknown) + ".");
        }
        targets.refusal(url).ifPresent(reason -> {
            throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "WEBHOOK_TARGET_REFUSED",
                    "Webhooks may not be sent to " + body.url() + ": " + reason + ".");
        });
    }

    private static URI parse(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("not absolute");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(HttpStatus.BAD_REQUEST, "INVALID_FIELDS", "url is not an absolute URL.");
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
