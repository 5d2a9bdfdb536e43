package org.custodian.policy.reevaluation;

import io.cloudevents.CloudEvent;
import java.util.function.Consumer;
import org.custodian.contracts.inbound.ConsentWithdrawn;
import org.custodian.contracts.inbound.InboundEvent;
import org.custodian.support.events.ConsumedEvents;
import org.custodian.support.events.OutsideEvents;
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
    private final OutsideEvents outside;

    ConsentWithdrawals(ReEvaluations reEvaluations, ConsumedEvents consumed, OutsideEvents outside) {
        this.reEvaluations = reEvaluations;
        this.consumed = consumed;
        this.outside = outside;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        InboundEvent inbound = outside.read(message, CONSUMER);
        CloudEvent event = inbound.cloudEvent();
        if (inbound.data() instanceof ConsentWithdrawn withdrawn
                && consumed.firstDelivery(CONSUMER, inbound.deliveryKey())) {
            reEvaluations.forDataset(withdrawn.datasetId(), event.getType(), event.getId(), withdrawn.withdrawnAt());
        }
    }
}
