package org.custodian.audit.log;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** An event about to be logged: what it is and where it was read; the log adds its place and the time. */
public record NewEntry(String eventId, String source, String type, String subject, String actor, Instant time,
                       String topic, int partition, long offset, JsonNode envelope) {

    NewEntry withEnvelope(JsonNode sealed) {
        return sealed == envelope ? this : new NewEntry(eventId, source, type, subject, actor, time, topic, partition,
                offset, sealed);
    }

    EntryContent at(long seq, Instant receivedAt) {
        return new EntryContent(seq, eventId, source, type, subject, actor, time, topic, partition, offset,
                receivedAt, envelope);
    }
}
