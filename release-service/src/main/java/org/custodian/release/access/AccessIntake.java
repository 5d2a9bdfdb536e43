package org.custodian.release.access;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import java.util.function.Consumer;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.InvalidEventException;
import org.custodian.contracts.inbound.AccessLogged;
import org.custodian.contracts.inbound.InboundEvent;
import org.custodian.contracts.releases.Access;
import org.custodian.support.events.InboundEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Access logs from the inbound topic (binding {@code inboundEvents}), checked as at the HTTP door.
 * Other inbound types are other services' business; an invalid record is counted and dead-lettered.
 */
@Component("inboundEvents")
class AccessIntake implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "release-service";
    static final String LEDGER = "release-service.inbound";

    private final AccessRecorder recorder;
    private final MeterRegistry meters;

    AccessIntake(AccessRecorder recorder, MeterRegistry meters) {
        this.recorder = recorder;
        this.meters = meters;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = decode(message);
        if (inbound.data() instanceof AccessLogged logged) {
            CloudEvent event = inbound.cloudEvent();
            String actor = Optional.ofNullable(GovernanceCloudEvents.actor(event)).orElse(event.getSource().toString());
            recorder.record(new AccessReport(LEDGER, event.getSource() + " " + event.getId(), logged.releaseId(),
                    new Access(logged.researcherId(), logged.datasetId(), logged.fields(), logged.rows(), logged.bytes(),
                            logged.origin(), logged.accessedAt()), actor));
        }
    }

    private InboundEvent decode(Message<byte[]> message) {
        try {
            return InboundEvent.decode(InboundEvents.cloudEvent(message));
        } catch (InvalidEventException e) {
            meters.counter("custodian.inbound.invalid", "consumer", CONSUMER).increment();
            throw e;
        }
    }
}
