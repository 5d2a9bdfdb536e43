package org.custodian.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;

/** The direct writer gives, byte for byte, what the RFC 8785 reference implementation gives. */
class JcsTest {

    private static final List<String> SAMPLES = List.of(
            "{\"b\":[1.0,2E0,-0,0.1,1e21,1e-7,123456789012345678901234567890,9007199254740993,-1.5e-300],\"a\":null}",
            "{\"\\u20ac\":\"x\",\"\\r\":1,\"\\ufb33\":true,\"1\":false,\"\\ud83d\\ude00\":[],\"\\u0080\":{},\"\\u00f6\":\"\"}",
            "{\"s\":\"\\u0000\\u0001\\u001f\\b\\f\\n\\r\\t\\\"\\\\/\\u007f\\u2028 \\ud83d\\ude00 é\"}",
            "[[[{\"z\":{\"y\":{\"x\":[1,[2,[3]]]}}}]],\"\",0,-0.0,5E-324,1.7976931348623157e308]",
            "{\"envelope\":{\"data\":{\"revision\":12,\"purpose\":{\"question\":\"Does X reduce Y?\"}},\"id\":\"e-1\"},\"seq\":7}");

    @Test
    void everySampleMatchesTheReferenceImplementation() throws IOException {
        for (String sample : SAMPLES) {
            byte[] reference = new JsonCanonicalizer(sample).getEncodedUTF8();
            assertThat(CanonicalJson.bytes(CanonicalJson.parse(sample))).as(sample).isEqualTo(reference);
        }
    }

    @Test
    void aNumberBeyondDoubleRangeHasNoCanonicalForm() throws IOException {
        assertThatThrownBy(() -> CanonicalJson.bytes(CanonicalJson.parse("{\"n\":1e400}")))
                .isInstanceOf(NotCanonicalJsonException.class);
        assertThatThrownBy(() -> CanonicalJson.bytes(CanonicalJson.parse("[-1e999]")))
                .isInstanceOf(NotCanonicalJsonException.class);
    }
}
