package org.custodian.audit.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.custodian.audit.log.EntryContent;
import org.custodian.audit.log.LogEntry;

/**
 * One entry as an RFC 4180 CSV record; the event's data is its JSON text (or base64 when it is not JSON).
 * Every field is neutralised against formula injection, since any of them can come from outside.
 */
public final class CsvLine {

    static final String HEADER = "seq,event_id,source,type,subject,actor,on_behalf_of,time,topic,partition,offset,received_at,"
            + "entry_hash,prev_hash,data";

    private static final String FORMULA_START = "=+-@\t\r";

    private CsvLine() {
    }

    static String of(LogEntry entry) {
        EntryContent c = entry.content();
        JsonNode data = c.envelope().has("data") ? c.envelope().get("data") : c.envelope().get("data_base64");
        return Stream.of(c.seq(), c.eventId(), c.source(), c.type(), c.subject(), c.actor(), c.onBehalfOf(), c.time(), c.topic(),
                        c.partition(), c.offset(), c.receivedAt(), entry.entryHashHex(), entry.prevHashHex(),
                        data == null ? null : data.isTextual() ? data.asText() : data.toString())
                .map(value -> field(value == null ? "" : Objects.toString(value)))
                .collect(Collectors.joining(","));
    }

    /**
     * A field as RFC 4180 quotes it; one a spreadsheet would read as a formula (OWASP CSV injection:
     * it begins with =, +, -, @, tab or carriage return) is prefixed with a single quote and quoted.
     */
    public static String field(String value) {
        if (!value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0) {
            return "\"'" + value.replace("\"", "\"\"") + "\"";
        }
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
