package org.custodian.request.subscription;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The dispatcher runs on Spring's scheduler; its backoff comes from configuration. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(RetryPolicy.class)
class SubscriptionConfiguration {
}
