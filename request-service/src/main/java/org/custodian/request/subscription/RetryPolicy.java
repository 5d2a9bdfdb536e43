package org.custodian.request.subscription;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Exponential backoff between delivery attempts, and when to give up. */
@ConfigurationProperties("custodian.webhooks.retry")
record RetryPolicy(Duration initialInterval, Duration maxInterval, int maxAttempts) {

    RetryPolicy {
        initialInterval = initialInterval == null ? Duration.ofSeconds(2) : initialInterval;
        maxInterval = maxInterval == null ? Duration.ofHours(1) : maxInterval;
        maxAttempts = maxAttempts <= 0 ? 10 : maxAttempts;
    }

    /** The wait after the {@code attempt}-th failure (1-based): initial × 2^(attempt−1), at most the maximum. */
    Duration backoff(int attempt) {
        long factor = 1L << Math.min(attempt - 1, 30);
        Duration wait = initialInterval.multipliedBy(factor);
        return wait.compareTo(maxInterval) > 0 ? maxInterval : wait;
    }

    boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
