package org.custodian.audit.log;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.custodian.contracts.GovernanceCloudEvents;

/**
 * Everything an entry asserts, and so everything its hash covers: its place in the log, the event's
 * identity and envelope, and where and when the service received it. The queryable fields are
 * hashed as stored, so a row edited only in a column is caught too.
 */
public record EntryContent(long seq, String eventId, String source, String type, String subject, String actor,
                           Instant time, String topic, int partition, long offset, Instant receivedAt,
                           JsonNode envelope) {

    public EntryContent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(envelope, "envelope");
        // PostgreSQL keeps microseconds: hash what the database can give back.
        time = time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
        receivedAt = receivedAt.truncatedTo(ChronoUnit.MICROS);
    }

    /** The RFC 8785 form of this content, as documented in docs/hash-chain.md. */
    public byte[] canonicalJson() {
        return canonicalJson(CanonicalJson.bytes(envelope));
    }

    /** The same, given the envelope's canonical bytes (as stored). */
    byte[] canonicalJson(byte[] canonicalEnvelope) {
        return new CanonicalContent().write(seq, eventId, source, type, subject, actor, time == null ? null : time.toString(),
                topic, partition, offset, receivedAt.toString(), canonicalEnvelope).bytes();
    }

    /**
     * The subject an authorised integration said it acted for: the CloudEvent's {@code onbehalfof}
     * extension, read from the stored envelope, so the hash already covers it and logs written before
     * the claim existed verify as they did. Null where nobody was claimed.
     */
    public String onBehalfOf() {
        JsonNode claim = envelope.get(GovernanceCloudEvents.ON_BEHALF_OF_EXTENSION);
        return claim == null || claim.isNull() ? null : claim.asText();
    }

    /** The content object that the hash covers, and that an export line carries. */
    public ObjectNode json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("seq", seq);
        node.put("event_id", eventId);
        node.put("source", source);
        node.put("type", type);
        node.put("subject", subject);
        node.put("actor", actor);
        node.put("time", time == null ? null : time.toString());
        node.put("topic", topic);
        node.put("partition", partition);
        node.put("offset", offset);
        node.put("received_at", receivedAt.toString());
        node.set("envelope", envelope);
        return node;
    }
}
