package org.custodian.release.deadline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often deadlines are polled for, how far the erasure reminder and grace period lie from
 * erase-by, and how a failing deadline is retried: after {@code retryBackoff}, doubling up to
 * {@code maxBackoff}, and parked after {@code maxAttempts} failures.
 */
@ConfigurationProperties("custodian.releases.deadlines")
record DeadlineSettings(Duration pollInterval, Duration erasureReminder, Duration erasureGrace,
                        @DefaultValue("8") int maxAttempts, @DefaultValue("PT1M") Duration retryBackoff,
                        @DefaultValue("PT6H") Duration maxBackoff) {

    /** When a deadline that failed for the {@code attempts}-th time is tried again. */
    Duration backoffAfter(int attempts) {
        Duration wait = retryBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
