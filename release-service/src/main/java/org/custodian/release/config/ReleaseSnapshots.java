package org.custodian.release.config;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A release takes a snapshot every {@code custodian.releases.snapshot-every} events, so loading it
 * costs the same at its millionth reported access as at its first (ADR 10).
 */
@Configuration
class ReleaseSnapshots {

    @Bean
    SnapshotTriggerDefinition releaseSnapshotTrigger(Snapshotter snapshotter,
                                                     @Value("${custodian.releases.snapshot-every:100}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
