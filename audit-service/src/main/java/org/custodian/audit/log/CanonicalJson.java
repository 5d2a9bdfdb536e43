package org.custodian.audit.log;

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

    /**
     * The canonical text of a value the log is about to store. Besides having an RFC 8785 form, its
     * strings must be storable: PostgreSQL's jsonb has no U+0000, and I-JSON no lone surrogates.
     */
    public static String storableText(JsonNode value) {
        requireStorable(value);
        return text(value);
    }

    private static String text(JsonNode value) {
        try {
            return Jcs.text(value);
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

    /**
     * Throws {@link NotCanonicalJsonException} unless {@link #storableText} would succeed: the same checks
     * on strings, and every number finite as a double, without writing the text.
     */
    public static void requireStorable(JsonNode value) {
        if (value.isTextual()) {
            requireStorable(value.textValue());
        } else if (value.isNumber() && !Double.isFinite(value.doubleValue())) {
            throw new NotCanonicalJsonException("No RFC 8785 form: " + value + " is beyond IEEE-754 double range", null);
        }
        for (var fields = value.fields(); fields.hasNext(); ) {
            var field = fields.next();
            requireStorable(field.getKey());
            requireStorable(field.getValue());
        }
        if (value.isArray()) {
            value.forEach(CanonicalJson::requireStorable);
        }
    }

    private static void requireStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new NotCanonicalJsonException("A string holds U+0000, which the log cannot store", null);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new NotCanonicalJsonException("A string holds a lone UTF-16 surrogate, which I-JSON forbids", null);
            }
        }
    }
}
