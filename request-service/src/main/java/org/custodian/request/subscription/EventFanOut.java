package org.custodian.request.subscription;

import io.cloudevents.CloudEvent;
import io.cloudevents.jackson.JsonFormat;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Consumer;
import org.custodian.support.events.InboundEvents;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues every governance event for each subscription that wants its type (binding
 * {@code subscribedEvents}, its own consumer group so it sees every record).
 */
@Component("subscribedEvents")
class EventFanOut implements Consumer<Message<byte[]>> {

    private static final JsonFormat FORMAT = new JsonFormat();

    private final Subscriptions subscriptions;
    private final DeliveryQueue queue;
    private final Clock clock;

    EventFanOut(Subscriptions subscriptions, DeliveryQueue queue, Clock clock) {
        this.subscriptions = subscriptions;
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void accept(Message<byte[]> message) {
        CloudEvent event = InboundEvents.cloudEvent(message);
        String payload = new String(FORMAT.serialize(event), StandardCharsets.UTF_8);
        subscriptions.active().stream().filter(subscription -> subscription.wants(event.getType()))
                .forEach(subscription -> queue.enqueue(subscription.id(), event.getId(), event.getType(), payload,
                        clock.instant()));
    }
}
