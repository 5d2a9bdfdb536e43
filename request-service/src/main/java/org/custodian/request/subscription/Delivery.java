package org.custodian.request.subscription;

/** One event due for one subscription, and how many times it was tried. */
record Delivery(String subscriptionId, String eventId, String eventType, String payload, int attempts) {
}
