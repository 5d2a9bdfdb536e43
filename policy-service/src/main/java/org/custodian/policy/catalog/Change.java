package org.custodian.policy.catalog;

import java.time.Instant;

/**
 * What changed: the type and id of the catalog event, and when Custodian recorded it (its CloudEvent
 * time), which orders the re-evaluation after the decisions before it; a sender's own time stays in that event.
 */
public record Change(String type, String eventId, Instant recordedAt) {
}
