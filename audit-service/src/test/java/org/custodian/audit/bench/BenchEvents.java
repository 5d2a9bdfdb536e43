package org.custodian.audit.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.UUID;
import org.custodian.audit.log.NewEntry;

/** Realistic events to log: request submissions of about 600 bytes, over 1,000 subjects and 200 researchers. */
final class BenchEvents {

    private static final String[] TYPES = {"request.submitted", "decision.made", "request.approved", "release.issued"};

    private BenchEvents() {
    }

    static NewEntry event(String run, long i) {
        String subject = "req-" + run + "-" + (i % 1000);
        ObjectNode envelope = JsonNodeFactory.instance.objectNode();
        String id = UUID.randomUUID().toString();
        String type = "org.custodian." + TYPES[(int) (i % TYPES.length)] + ".v1";
        envelope.put("specversion", "1.0").put("id", id).put("source", "/request-service").put("type", type)
                .put("subject", subject).put("time", "2026-11-22T10:15:30.123456Z")
                .put("datacontenttype", "application/json").put("actor", "r-" + (i % 200));
        ObjectNode data = envelope.putObject("data");
        data.put("request_id", subject).put("researcher_id", "r-" + (i % 200)).put("duration_days", 365)
                .put("processing_country", "DE").put("access_mode", "secure_enclave").put("revision", i);
        data.putArray("datasets").add("ds-trials").add("ds-registry-" + (i % 7));
        data.putArray("fields").add("age_band").add("hba1c").add("smoking_status");
        data.putObject("purpose").put("question", "Does drug X reduce HbA1c in adults with type 2 diabetes?")
                .put("disease", "MONDO:0005148").put("commercial", false).putArray("codes").add("DUO:0000007");
        return new NewEntry(id, "/request-service", type, subject, "r-" + (i % 200),
                Instant.parse("2026-11-22T10:15:30.123456Z").plusMillis(i), "custodian.requests.v1", (int) (i % 3), i,
                envelope);
    }
}
