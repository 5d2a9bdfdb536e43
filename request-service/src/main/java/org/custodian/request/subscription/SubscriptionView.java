package org.custodian.request.subscription;

import java.time.Instant;
import java.util.List;

/** A subscription as the API shows it; the secret only in the answer that created it. */
record SubscriptionView(String id, String url, List<String> eventTypes, String owner, boolean active,
                        String disabledReason, Instant createdAt, String secret) {

    static SubscriptionView of(Subscription subscription) {
        return withSecret(subscription, null);
    }

    static SubscriptionView withSecret(Subscription s, String secret) {
        return new SubscriptionView(s.id(), s.url(), s.eventTypes(), s.owner(), s.active(), s.disabledReason(),
                s.createdAt(), secret);
    }
}
