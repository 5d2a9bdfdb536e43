package org.custodian.request.subscription;

import java.time.Instant;
import java.util.List;

/** A receiver of governance events: where, which types, and whether it still wants them. */
record Subscription(String id, String url, List<String> eventTypes, String owner, boolean active,
                    String disabledReason, Instant createdAt) {

    boolean wants(String cloudEventType) {
        return active && (eventTypes.contains("*") || eventTypes.contains(cloudEventType));
    }
}
