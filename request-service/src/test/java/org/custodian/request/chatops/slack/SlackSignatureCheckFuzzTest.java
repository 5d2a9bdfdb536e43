package org.custodian.request.chatops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Slack's signature headers as anyone may send them: always an answer (valid, missing, stale, mismatch), never an exception. */
class SlackSignatureCheckFuzzTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final SlackSignatureCheck check = new SlackSignatureCheck("8f742231b10e8888abcd99yyyzzz85a5",
            Clock.fixed(NOW, ZoneOffset.UTC));

    @FuzzTest(maxDuration = "5s")
    void answers(FuzzedDataProvider data) {
        String timestamp = data.consumeBoolean() ? String.valueOf(NOW.getEpochSecond() + data.consumeInt(-400, 400))
                : data.consumeString(20);
        String signature = data.consumeBoolean() ? "v0=" + data.consumeString(70) : data.consumeString(80);
        assertThat(check.check(timestamp, signature, data.consumeRemainingAsString())).isNotNull();
    }
}
