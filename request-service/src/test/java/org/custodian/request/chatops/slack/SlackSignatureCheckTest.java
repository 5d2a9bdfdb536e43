package org.custodian.request.chatops.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.app_backend.SlackSignature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Slack's v0 signature as checked here, against signatures made by Slack's own generator. */
class SlackSignatureCheckTest {

    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String BODY = "token=x&team_id=T1&user_id=U1&command=%2Fcustodian&text=pending";

    private final SlackSignatureCheck check = new SlackSignatureCheck(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    private static String sign(long timestamp, String body) {
        return new SlackSignature.Generator(SECRET).generate(Long.toString(timestamp), body);
    }

    @Test
    void aSignatureOfThisBodyWithinFiveMinutesIsValid() {
        long ts = NOW.getEpochSecond() - 299;
        assertThat(check.check(Long.toString(ts), sign(ts, BODY), BODY)).isEqualTo(SlackSignatureCheck.Result.VALID);
    }

    @Test
    void aTamperedBodyDoesNotMatch() {
        long ts = NOW.getEpochSecond();
        assertThat(check.check(Long.toString(ts), sign(ts, BODY), BODY.replace("pending", "approve+req-1")))
                .isEqualTo(SlackSignatureCheck.Result.MISMATCH);
    }

    @Test
    void anotherSecretDoesNotMatch() {
        long ts = NOW.getEpochSecond();
        String foreign = new SlackSignature.Generator("another-secret").generate(Long.toString(ts), BODY);
        assertThat(check.check(Long.toString(ts), foreign, BODY)).isEqualTo(SlackSignatureCheck.Result.MISMATCH);
    }

    @Test
    void aTimestampOlderThanFiveMinutesIsStaleEvenWithAGoodSignature() {
        long ts = NOW.getEpochSecond() - 301;
        assertThat(check.check(Long.toString(ts), sign(ts, BODY), BODY)).isEqualTo(SlackSignatureCheck.Result.STALE);
    }

    @Test
    void aTimestampFromTheFutureBeyondTheWindowIsStale() {
        long ts = NOW.getEpochSecond() + 301;
        assertThat(check.check(Long.toString(ts), sign(ts, BODY), BODY)).isEqualTo(SlackSignatureCheck.Result.STALE);
    }

    @Test
    void missingOrMalformedHeadersAreMissing() {
        long ts = NOW.getEpochSecond();
        assertThat(check.check(null, sign(ts, BODY), BODY)).isEqualTo(SlackSignatureCheck.Result.MISSING);
        assertThat(check.check(Long.toString(ts), null, BODY)).isEqualTo(SlackSignatureCheck.Result.MISSING);
        assertThat(check.check("soon", sign(ts, BODY), BODY)).isEqualTo(SlackSignatureCheck.Result.MISSING);
    }
}
