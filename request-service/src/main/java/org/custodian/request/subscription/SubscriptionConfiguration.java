package org.custodian.request.subscription;

import java.net.InetAddress;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The dispatcher runs on Spring's scheduler; its backoff and the ranges it may reach come from configuration. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties({RetryPolicy.class, WebhookTargets.Settings.class})
class SubscriptionConfiguration {

    // The JDK caches what it resolved (30 s by default), and the HTTP client resolves through the same
    // cache: the addresses checked just before a delivery are those it connects to.
    @Bean
    HostResolver hostResolver() {
        return InetAddress::getAllByName;
    }
}
