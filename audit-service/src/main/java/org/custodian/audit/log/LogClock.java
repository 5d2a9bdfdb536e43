package org.custodian.audit.log;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock that stamps {@code received_at}. */
@Configuration
class LogClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
