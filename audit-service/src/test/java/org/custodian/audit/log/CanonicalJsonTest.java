package org.custodian.audit.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 8785 behaviour the chain depends on, checked against the RFC's own examples. */
class CanonicalJsonTest {

    @Test
    void keysAreSortedByUtf16CodeUnitsAndWhitespaceGoes() throws IOException {
        // RFC 8785 §3.2.3
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }""";

        assertThat(canonical(input)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                + "\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\","
                + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
    }

    @Test
    void numbersStringsAndLiteralsTakeTheirEs6Form() throws IOException {
        // RFC 8785 §3.2.2
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }""";

        assertThat(canonical(input)).isEqualTo("{\"literals\":[null,true,false],"
                + "\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                + "\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
    }

    @Test
    void numbersAtTheEdgesOfDoubleFollowEcmaScript() throws IOException {
        // RFC 8785 Appendix B
        assertThat(canonical("[-0, 1E21, 1E-7, 0.000001, 5E-324, 1.7976931348623157e308, 9007199254740992, 100, 1.5]"))
                .isEqualTo("[0,1e+21,1e-7,0.000001,5e-324,1.7976931348623157e+308,9007199254740992,100,1.5]");
    }

    @Test
    void theSameValueSpelledDifferentlyHasOneForm() throws IOException {
        assertThat(canonical("{\"b\": [1.0, 2E0], \"a\": {\"y\": null, \"x\": \"é\"}}"))
                .isEqualTo(canonical("{\"a\":{\"x\":\"\\u00e9\",\"y\":null},\"b\":[1,2]}"))
                .isEqualTo("{\"a\":{\"x\":\"é\",\"y\":null},\"b\":[1,2]}");
    }

    @Test
    void numbersBeyondDoubleHaveNoCanonicalForm() throws IOException {
        var value = CanonicalJson.parse("{\"huge\": 1e400}");

        assertThatThrownBy(() -> CanonicalJson.bytes(value)).isInstanceOf(NotCanonicalJsonException.class);
    }

    @Test
    void duplicateKeysAreNotReadAsJson() {
        assertThatThrownBy(() -> CanonicalJson.parse("{\"a\": 1, \"a\": 2}")).isInstanceOf(IOException.class);
    }

    private static String canonical(String json) throws IOException {
        return new String(CanonicalJson.bytes(CanonicalJson.parse(json)), StandardCharsets.UTF_8);
    }
}
