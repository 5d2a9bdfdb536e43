package org.custodian.audit.log;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HexFormat;

/** One entry of the log: its content and the two hashes that place it in the chain. */
public record LogEntry(EntryContent content, byte[] prevHash, byte[] entryHash) {

    /** The same entry showing another envelope (personal fields revealed); its hashes are still those of the stored one. */
    public LogEntry withEnvelope(JsonNode shown) {
        EntryContent c = content;
        return shown == c.envelope() ? this : new LogEntry(new EntryContent(c.seq(), c.eventId(), c.source(), c.type(),
                c.subject(), c.actor(), c.time(), c.topic(), c.partition(), c.offset(), c.receivedAt(), shown),
                prevHash, entryHash);
    }

    public long seq() {
        return content.seq();
    }

    /** Whether the stored hash is the one the content and previous hash give. */
    public boolean hashIsConsistent() {
        try {
            return Arrays.equals(entryHash, ChainHash.of(prevHash, content));
        } catch (IllegalArgumentException notCanonicalOrBadLength) {
            return false;
        }
    }

    public String prevHashHex() {
        return HexFormat.of().formatHex(prevHash);
    }

    public String entryHashHex() {
        return HexFormat.of().formatHex(entryHash);
    }
}
