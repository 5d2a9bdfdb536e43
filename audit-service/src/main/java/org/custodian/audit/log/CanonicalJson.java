package org.custodian.audit.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;

/**
 * JSON as the log keeps it, and its RFC 8785 (JCS) canonical form: the one byte sequence that the
 * appender and any later verifier both derive from the same value, whatever the key order or
 * number spelling of the copy they hold.
 */
public final class CanonicalJson {

    // Exact decimals, so a stored value is the value received; duplicate keys are refused because
    // RFC 8785 (I-JSON) has no canonical form for them.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private CanonicalJson() {
    }

    /** The canonical UTF-8 bytes of {@code value}. */
    public static byte[] bytes(JsonNode value) {
        try {
            return Jcs.bytes(value);
        } catch (IOException | RuntimeException e) {
            throw new NotCanonicalJsonException("No RFC 8785 form: " + e.getMessage(), e);
        }
    }

    /** Reads one JSON value, refusing trailing content and duplicate keys. */
    public static JsonNode parse(byte[] json) throws IOException {
        return MAPPER.readTree(json);
    }

    public static JsonNode parse(String json) throws IOException {
        return MAPPER.readTree(json);
    }

    static String write(JsonNode value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }
}
