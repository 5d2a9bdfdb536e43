package org.custodian.audit.query;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.custodian.audit.log.EntryContent;
import org.custodian.audit.log.LogEntry;

/** An entry as compliance reads it: the event's facts, where it was read, its hashes and its data;
 * {@code on_behalf_of} is whom an authorised integration said it acted for, beside (never instead of) the actor. */
record EntryView(long seq, String eventId, String type, String source, String subject, String actor, String onBehalfOf,
                 Instant time,
                 String topic, int partition, long offset, Instant receivedAt, String entryHash, String prevHash,
                 JsonNode data, @JsonInclude(JsonInclude.Include.NON_NULL) String dataBase64) {

    static EntryView of(LogEntry entry) {
        EntryContent c = entry.content();
        JsonNode base64 = c.envelope().get("data_base64");
        return new EntryView(c.seq(), c.eventId(), c.type(), c.source(), c.subject(), c.actor(), c.onBehalfOf(), c.time(), c.topic(),
                c.partition(), c.offset(), c.receivedAt(), entry.entryHashHex(), entry.prevHashHex(),
                c.envelope().get("data"), base64 == null ? null : base64.asText());
    }
}
