package org.custodian.policy.reevaluation;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import org.custodian.contracts.InvalidEventException;
import org.custodian.contracts.inbound.ConsentWithdrawn;
import org.custodian.contracts.inbound.InboundEvent;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.InboundEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consent platform's withdrawals, from the inbound topic (binding {@code inboundEvents}): every
 * approved request using the dataset is judged again. Invalid records are counted and dead-lettered.
 */
@Component("inboundEvents")
class ConsentWithdrawals implements Consumer<Message<byte[]>> {

    static final String CONSUMER = "policy-service.inbound";

    private final ReEvaluations reEvaluations;
    private final ConsumedEvents consumed;
    private final MeterRegistry meters;

    ConsentWithdrawals(ReEvaluations reEvaluations, ConsumedEvents consumed, MeterRegistry meters) {
        this.reEvaluations = reEvaluations;
        this.consumed = consumed;
        this.meters = meters;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = decode(message);
        CloudEvent event = inbound.cloudEvent();
        if (inbound.data() instanceof ConsentWithdrawn withdrawn
                && consumed.firstDelivery(CONSUMER, event.getSource() + " " + event.getId())) {
            reEvaluations.forDataset(withdrawn.datasetId(), event.getType(), event.getId(), withdrawn.withdrawnAt());
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
