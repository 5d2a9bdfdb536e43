package org.custodian.release.access;

import java.util.function.Consumer;
import org.custodian.contracts.InvalidEventException;
import org.custodian.contracts.inbound.AccessLogged;
import org.custodian.contracts.inbound.InboundEvent;
import org.custodian.contracts.releases.Access;
import org.custodian.support.events.OutsideEvents;
import org.custodian.support.problem.RuleViolation;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Access logs from the inbound topic (binding {@code inboundEvents}), checked as at the HTTP door.
 * Other inbound types are other services' business; an invalid record, or one of a use at an impossible
 * time, is dead-lettered.
 */
@Component("inboundEvents")
class AccessIntake implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "release-service";
    static final String LEDGER = "release-service.inbound";

    private final AccessRecorder recorder;
    private final OutsideEvents outside;

    AccessIntake(AccessRecorder recorder, OutsideEvents outside) {
        this.recorder = recorder;
        this.outside = outside;
    }

    @Override
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = outside.read(message, CONSUMER);
        if (inbound.data() instanceof AccessLogged logged) {
            try {
                recorder.record(new AccessReport(LEDGER, inbound.deliveryKey(), logged.releaseId(),
                        new Access(logged.researcherId(), logged.datasetId(), logged.fields(), logged.rows(), logged.bytes(),
                                logged.origin(), logged.accessedAt()), inbound.actor(), inbound.onBehalfOf()));
            } catch (RuleViolation impossible) {
                throw new InvalidEventException(impossible.code() + ": " + impossible.getMessage(), impossible);
            }
        }
    }
}
