package org.custodian.audit.ingestion;

import java.time.Duration;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * What happens when a batch cannot be logged at all (the database is down, say): it is retried, with
 * growing pauses up to 10 s, for as long as it takes, and never skipped nor dead-lettered, because
 * every event must be logged. Records that are themselves at fault never get here: {@link AuditIngestion}
 * dead-letters them. Named by the binding's {@code common-error-handler-bean-name}.
 */
@Configuration
class BatchRetries {

    @Bean
    DefaultErrorHandler auditBatchRetries() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2);
        backOff.setMaxInterval(Duration.ofSeconds(10).toMillis());
        DefaultErrorHandler retries = new DefaultErrorHandler(backOff);
        // Spring Kafka would otherwise skip a batch at once on a ClassCastException or a conversion
        // error, dropping every record in it: here nothing is ever skipped.
        retries.setClassifications(Map.of(), true);
        return retries;
    }
}
