package org.custodian.support.events;

import io.micrometer.core.instrument.MeterRegistry;
import org.custodian.support.tracing.TraceContext;
import org.custodian.support.tracing.TracingAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** The publisher and the consumed-event ledger every service uses. */
@AutoConfiguration(after = {JdbcTemplateAutoConfiguration.class, TracingAutoConfiguration.class})
public class EventsAutoConfiguration {

    @Bean
    EventPublisher eventPublisher(StreamBridge bridge, TraceContext trace) {
        return new EventPublisher(bridge, trace);
    }

    @Bean
    OutsideEvents outsideEvents(MeterRegistry meters) {
        return new OutsideEvents(meters);
    }

    @Bean
    @ConditionalOnBean(JdbcTemplate.class)
    ConsumedEvents consumedEvents(JdbcTemplate jdbc) {
        return new ConsumedEvents(jdbc);
    }
}
