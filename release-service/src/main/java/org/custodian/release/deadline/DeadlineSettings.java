package org.custodian.release.deadline;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How often deadlines are polled for, and how far the erasure reminder and grace period lie from erase-by. */
@ConfigurationProperties("custodian.releases.deadlines")
record DeadlineSettings(Duration pollInterval, Duration erasureReminder, Duration erasureGrace) {
}
