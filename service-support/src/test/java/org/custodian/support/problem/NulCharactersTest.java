package org.custodian.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NulCharactersTest {

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":\"x\\u0000\"}", "{\"a\\u0000\":1}", "\"\\u0000\"", "[\"\\\\\\u0000\"]", "{\"a\":\"\0\"}",
            "\"\\u00\\u0000\"", "\"\\u0000ff\""})
    void findsANulRawOrEscaped(String json) {
        assertThat(NulCharacters.inJson(json)).as(json).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":\"x\"}", "\"\\\\u0000\"", "\"\\u0001\"", "\"\\u000a\"", "\"u0000\"", "\"\\n0000\"",
            "\"\\u00e9\"", "\"caf\u00e9 \\\\\\\\u0000\""})
    void leavesEverythingElse(String json) {
        assertThat(NulCharacters.inJson(json)).as(json).isFalse();
    }

    @Test
    void findsAnEscapeSplitAcrossReads() {
        NulCharacters scan = new NulCharacters();
        byte[] first = "{\"a\":\"\\u00".getBytes(StandardCharsets.UTF_8);
        byte[] second = "00\"}".getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (byte b : first) {
            found |= scan.next(b & 0xff);
        }
        assertThat(found).isFalse();
        for (byte b : second) {
            found |= scan.next(b & 0xff);
        }
        assertThat(found).isTrue();
    }
}
