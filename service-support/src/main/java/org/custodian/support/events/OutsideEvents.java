package org.custodian.support.events;

import io.micrometer.core.instrument.MeterRegistry;
import org.custodian.contracts.InvalidEventException;
import org.custodian.contracts.inbound.InboundEvent;
import org.springframework.messaging.Message;

/**
 * Reads outside events from the inbound topic with the same check as the HTTP door; an invalid
 * record is counted ({@code custodian.inbound.invalid}, tagged by consumer) and thrown, so it is
 * dead-lettered.
 */
public class OutsideEvents {

    private final MeterRegistry meters;

    public OutsideEvents(MeterRegistry meters) {
        this.meters = meters;
    }

    public InboundEvent read(Message<byte[]> message, String consumer) {
        try {
            return InboundEvent.decode(InboundEvents.cloudEvent(message));
        } catch (InvalidEventException e) {
            meters.counter("custodian.inbound.invalid", "consumer", consumer).increment();
            throw e;
        }
    }
}
