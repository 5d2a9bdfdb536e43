package org.custodian.request.manuscript;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The approval window of a dataset that set none, and how often deemed approvals are looked for. */
@ConfigurationProperties("custodian.manuscripts")
record ManuscriptSettings(int defaultReviewWindowDays, Duration deadlinePollInterval) {
}
