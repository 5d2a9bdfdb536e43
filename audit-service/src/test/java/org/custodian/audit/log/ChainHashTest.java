package org.custodian.audit.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The hash chain, against values computed independently (Python hashlib over the documented form). */
class ChainHashTest {

    private static final String FIRST_CANONICAL = "{\"actor\":\"r-1\",\"envelope\":{\"data\":{\"a\":\"x\",\"b\":1.5},"
            + "\"id\":\"e-1\",\"specversion\":\"1.0\"},\"event_id\":\"e-1\",\"offset\":41,\"partition\":2,"
            + "\"received_at\":\"2026-11-22T10:00:01.123456Z\",\"seq\":1,\"source\":\"/request-service\","
            + "\"subject\":\"req-1\",\"time\":\"2026-11-22T10:00:00Z\",\"topic\":\"custodian.requests.v1\","
            + "\"type\":\"org.custodian.request.submitted.v1\"}";
    private static final String FIRST_HASH = "381262bae17a6d9f4d2b8ad13898b0659639372bb9d761a5868ce0baf7bbce1c";
    private static final String SECOND_HASH = "39a1a6ab524d43cc0078c232bd9f807227bd751b2410d176771f5737018c79ab";

    @Test
    void theContentIsHashedInItsCanonicalForm() throws IOException {
        assertThat(new String(first().canonicalJson(), StandardCharsets.UTF_8)).isEqualTo(FIRST_CANONICAL);
    }

    @Test
    void theFirstEntryFollowsTheGenesisHash() throws IOException {
        assertThat(hex(ChainHash.of(ChainHash.genesis(), first()))).isEqualTo(FIRST_HASH);
    }

    @Test
    void eachEntryFollowsTheOneBefore() throws IOException {
        byte[] firstHash = ChainHash.of(ChainHash.genesis(), first());

        assertThat(hex(ChainHash.of(firstHash, second()))).isEqualTo(SECOND_HASH);
        assertThat(hex(ChainHash.of(ChainHash.genesis(), second()))).isNotEqualTo(SECOND_HASH);
    }

    @Test
    void timesBeyondMicrosecondsAreCutAsTheDatabaseWould() throws IOException {
        EntryContent precise = content(1, Instant.parse("2026-11-22T10:00:01.123456789Z"));

        assertThat(hex(ChainHash.of(ChainHash.genesis(), precise))).isEqualTo(FIRST_HASH);
    }

    @Test
    void changingAnyStoredColumnChangesTheHash() throws IOException {
        EntryContent original = first();
        EntryContent otherSubject = new EntryContent(1, "e-1", "/request-service", "org.custodian.request.submitted.v1",
                "req-2", "r-1", original.time(), original.topic(), 2, 41, original.receivedAt(), original.envelope());
        EntryContent otherSeq = content(2, original.receivedAt());

        assertThat(hex(ChainHash.of(ChainHash.genesis(), otherSubject))).isNotEqualTo(FIRST_HASH);
        assertThat(hex(ChainHash.of(ChainHash.genesis(), otherSeq))).isNotEqualTo(FIRST_HASH);
    }

    private static EntryContent first() throws IOException {
        return content(1, Instant.parse("2026-11-22T10:00:01.123456Z"));
    }

    private static EntryContent content(long seq, Instant receivedAt) throws IOException {
        // Key order and the spelling 1.50 must not matter.
        JsonNode envelope = CanonicalJson.parse("{\"specversion\":\"1.0\",\"id\":\"e-1\",\"data\":{\"b\":1.50,\"a\":\"x\"}}");
        return new EntryContent(seq, "e-1", "/request-service", "org.custodian.request.submitted.v1", "req-1", "r-1",
                Instant.parse("2026-11-22T10:00:00Z"), "custodian.requests.v1", 2, 41, receivedAt, envelope);
    }

    private static EntryContent second() throws IOException {
        return new EntryContent(2, "e-2", "urn:enclave", "com.example.access.logged", null, null, null,
                "custodian.inbound.v1", 0, 0, Instant.parse("2026-11-22T10:00:02Z"),
                CanonicalJson.parse("{\"id\":\"e-2\",\"specversion\":\"1.0\"}"));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
