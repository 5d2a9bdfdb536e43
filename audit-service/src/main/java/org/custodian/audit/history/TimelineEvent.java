package org.custodian.audit.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.custodian.audit.log.EntryContent;
import org.custodian.audit.log.LogEntry;

/** One step of a request's timeline: what happened, when, by whom, and the entry that proves it. */
record TimelineEvent(long seq, Instant time, String type, String actor, String onBehalfOf, String eventId, String source,
                     String entryHash, JsonNode data) {

    static TimelineEvent of(LogEntry entry) {
        EntryContent c = entry.content();
        return new TimelineEvent(c.seq(), c.time() != null ? c.time() : c.receivedAt(), c.type(), c.actor(), c.onBehalfOf(), c.eventId(),
                c.source(), entry.entryHashHex(), c.envelope().get("data"));
    }
}
