package org.custodian.audit.query;

import java.io.InputStream;
import java.security.NoSuchAlgorithmException;
import java.security.MessageDigest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.custodian.audit.AuditServiceIntegration;
import org.custodian.audit.log.AuditLog;
import org.custodian.audit.log.CanonicalJson;
import org.custodian.audit.log.NewEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Exports stream: thousands of entries arrive line by line (chunked, no length known in advance),
 * each line carrying exactly what its hash covers, so that it can be checked without the service.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportIT extends AuditServiceIntegration {

    private static final int ENTRIES = 3000;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private AuditLog log;

    private final String subject = newSubject("bulk");

    @BeforeAll
    void thousandsOfEntries() {
        for (int i = 0; i < ENTRIES; i++) {
            ObjectNode envelope = JsonNodeFactory.instance.objectNode().put("specversion", "1.0").put("id", subject + "-" + i)
                    .put("source", "/bulk").put("type", "com.example.bulk");
            envelope.putObject("data").put("n", i).put("note", "a, \"quoted\"\nvalue");
            log.append(new NewEntry(subject + "-" + i, "/bulk", "com.example.bulk", subject, "bulk-loader",
                    Instant.parse("2026-11-22T10:00:00Z"), "custodian.inbound.v1", 0, i, envelope));
        }
    }

    @Test
    void jsonLinesStreamEveryMatchWithWhatEachHashCovers() throws Exception {
        HttpResponse<InputStream> response = stream("application/x-ndjson");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/x-ndjson");
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("audit-entries.jsonl");
        int lines = 0;
        long previousSeq = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                ObjectNode entry = (ObjectNode) JSON.readTree(line);
                assertThat(entry.at("/envelope/data/n").asInt()).isEqualTo(lines);
                assertThat(entry.at("/seq").asLong()).isGreaterThan(previousSeq);
                previousSeq = entry.at("/seq").asLong();
                assertThat(recomputedHash(entry)).isEqualTo(entry.at("/entry_hash").asText());
                lines++;
            }
        }
        assertThat(lines).isEqualTo(ENTRIES);
    }

    @Test
    void csvStreamsAHeaderAndOneQuotedRecordPerEntry() throws Exception {
        HttpResponse<InputStream> response = stream("text/csv");

        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
        String[] records = body.split("\n(?=[0-9]+,)");
        assertThat(records[0]).isEqualTo("seq,event_id,source,type,subject,actor,on_behalf_of,time,topic,partition,offset,received_at,"
                + "entry_hash,prev_hash,data");
        assertThat(records).hasSize(ENTRIES + 1);
        assertThat(records[1]).contains("," + subject + "-0,/bulk,com.example.bulk," + subject + ",bulk-loader,,"
                + "2026-11-22T10:00:00Z,custodian.inbound.v1,0,0,")
                .endsWith(",\"{\"\"n\"\":0,\"\"note\"\":\"\"a, \\\"\"quoted\\\"\"\\nvalue\"\"}\"");
    }

    @Test
    void anExportHonoursTheCursorAndALimit() throws Exception {
        long first = entries("subject=" + subject + "&limit=1").get(0).at("/seq").asLong();

        HttpResponse<InputStream> response = stream("application/x-ndjson", "&after=" + first + "&limit=5");

        List<String> lines = Arrays.asList(new String(response.body().readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        assertThat(lines).hasSize(5);
        assertThat(JSON.readTree(lines.get(0)).at("/envelope/data/n").asInt()).isEqualTo(1);
    }

    @Test
    void jsonStaysTheDefaultAndIsPaged() {
        assertThat(entries("subject=" + subject)).hasSize(EntryQuery.DEFAULT_LIMIT);
        assertThat(get("/api/audit/entries?subject=" + subject + "&limit=2", COMPLIANCE, "*/*").body()).startsWith("{\"entries\":[");
    }

    private HttpResponse<InputStream> stream(String accept) throws Exception {
        return stream(accept, "");
    }

    private HttpResponse<InputStream> stream(String accept, String more) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/audit/entries?subject=" + subject + more))
                .header("Accept", accept).header("Authorization", "Bearer " + COMPLIANCE).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    /** SHA-256(prev_hash || RFC 8785 form of the line without its two hashes), as docs/hash-chain.md says. */
    private static String recomputedHash(ObjectNode line) throws IOException, NoSuchAlgorithmException {
        ObjectNode content = line.deepCopy();
        byte[] prev = HexFormat.of().parseHex(content.remove("prev_hash").asText());
        content.remove("entry_hash");
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(prev);
        sha256.update(CanonicalJson.bytes(CanonicalJson.parse(content.toString())));
        return HexFormat.of().formatHex(sha256.digest());
    }
}
