/**
 * Governance events on Kafka through Spring Cloud Stream: publishing synchronously, reading
 * CloudEvents from records, remembering which event ids a consumer already acted on, and the
 * Axon outbox that publishes what the event store committed.
 */
package org.custodian.support.events;
