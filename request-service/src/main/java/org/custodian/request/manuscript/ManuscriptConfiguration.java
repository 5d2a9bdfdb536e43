package org.custodian.request.manuscript;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Manuscript settings, and the scheduling the deemed-approval poller runs on. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(ManuscriptSettings.class)
class ManuscriptConfiguration {
}
