package org.custodian.support.events;

import io.cloudevents.CloudEvent;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.KafkaCloudEvents;
import org.springframework.messaging.Message;

/** Reads the CloudEvent of a consumed Kafka record; an invalid record throws and so goes to the dead-letter topic. */
public final class InboundEvents {

    private InboundEvents() {
    }

    public static CloudEvent cloudEvent(Message<byte[]> message) {
        return KafkaCloudEvents.read(message.getHeaders(), message.getPayload());
    }

    public static InboundEvent read(Message<byte[]> message) {
        CloudEvent cloudEvent = cloudEvent(message);
        return new InboundEvent(cloudEvent, GovernanceCloudEvents.decode(cloudEvent));
    }
}
