/**
 * Outbound webhooks: stewards subscribe a URL to governance event types; each event is delivered as
 * a structured CloudEvent signed with Standard Webhooks, retried with exponential backoff, and the
 * subscription is disabled when the receiver answers 410 Gone. Every attempt is kept.
 */
package org.custodian.request.subscription;
