package org.custodian.request.chatops.slack;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Slack app: where its Web API is ({@code api-url}, so tests can use a loopback stand-in), the
 * bot token and signing secret, the workspace it belongs to (optional), the channels it posts to,
 * which {@code response_url}s it may follow up on, and the backoff of its calls.
 */
@ConfigurationProperties("custodian.chatops.slack")
public record SlackSettings(String apiUrl, String botToken, String signingSecret, String teamId,
                            String reviewChannel, String stewardChannel, String responseUrlPrefix, Retry retry) {

    public SlackSettings {
        apiUrl = apiUrl == null ? "https://slack.com/api" : apiUrl.replaceAll("/+$", "");
        responseUrlPrefix = responseUrlPrefix == null ? "https://hooks.slack.com/" : responseUrlPrefix;
        retry = retry == null ? new Retry(null, null, 0) : retry;
    }

    /** Whether there is a bot to post with. */
    boolean posts() {
        return present(botToken) && present(reviewChannel);
    }

    boolean verifies() {
        return present(signingSecret);
    }

    String stewardChannelOrReview() {
        return present(stewardChannel) ? stewardChannel : reviewChannel;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Exponential backoff between attempts, and when to give up. */
    public record Retry(Duration initialInterval, Duration maxInterval, int maxAttempts) {

        public Retry {
            initialInterval = initialInterval == null ? Duration.ofSeconds(2) : initialInterval;
            maxInterval = maxInterval == null ? Duration.ofMinutes(10) : maxInterval;
            maxAttempts = maxAttempts <= 0 ? 8 : maxAttempts;
        }

        Duration backoff(int attempt) {
            Duration wait = initialInterval.multipliedBy(1L << Math.min(attempt - 1, 30));
            return wait.compareTo(maxInterval) > 0 ? maxInterval : wait;
        }
    }
}
