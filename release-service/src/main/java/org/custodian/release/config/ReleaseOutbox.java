package org.custodian.release.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.custodian.support.events.GovernanceOutbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The outbox sends up to {@code custodian.releases.outbox-batch} events per transaction of its token:
 * reported accesses come by the thousand, and one token update per event would cap them (ADR 17).
 */
@Configuration
class ReleaseOutbox {

    @Bean
    ConfigurerModule outboxBatches(@Value("${custodian.releases.outbox-batch:200}") int batch) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                GovernanceOutbox.PROCESSING_GROUP,
                configuration -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batch));
    }
}
