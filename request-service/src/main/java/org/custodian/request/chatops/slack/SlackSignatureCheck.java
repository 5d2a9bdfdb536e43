package org.custodian.request.chatops.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;

/**
 * Slack's v0 request signature: HMAC-SHA256 of {@code v0:timestamp:body} with the signing secret,
 * computed by Slack's own {@link SlackSignature.Generator}, and the timestamp checked by its
 * {@link SlackSignature.TimestampVerifier}. Its {@code Verifier} compares with {@code String.equals},
 * so the comparison here is constant-time instead, and a timestamp more than five minutes ahead is
 * refused too (Slack's check only bounds the past).
 */
final class SlackSignatureCheck {

    enum Result { VALID, MISSING, STALE, MISMATCH }

    static final Duration WINDOW = Duration.ofMillis(SlackSignature.TimestampVerifier.TIMESTAMP_EXPIRATION_TIME_IN_MILLIS);

    private final SlackSignature.Generator generator;
    private final Clock clock;

    SlackSignatureCheck(String signingSecret, Clock clock) {
        this.generator = new SlackSignature.Generator(signingSecret);
        this.clock = clock;
    }

    Result check(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null || !timestamp.matches("[0-9]{1,12}")) {
            return Result.MISSING;
        }
        long now = clock.millis();
        if (!SlackSignature.TimestampVerifier.isValidTimestamp(timestamp, now)
                || Long.parseLong(timestamp) * 1000 - now > WINDOW.toMillis()) {
            return Result.STALE;
        }
        byte[] expected = generator.generate(timestamp, body).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8)) ? Result.VALID : Result.MISMATCH;
    }
}
