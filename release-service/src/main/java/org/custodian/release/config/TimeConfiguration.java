package org.custodian.release.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The one source of "now" for rules and deadlines, so that tests can move it; and the deadline poller's scheduling. */
@Configuration
@EnableScheduling
class TimeConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
