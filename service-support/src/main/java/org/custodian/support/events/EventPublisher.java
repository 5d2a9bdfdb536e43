package org.custodian.support.events;

import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.KafkaCloudEvents;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Sends governance events to their topic as CloudEvents in Kafka binary mode, keyed by subject.
 * Producers are configured synchronous, so a return means the broker acknowledged.
 */
public class EventPublisher {

    private final StreamBridge bridge;

    public EventPublisher(StreamBridge bridge) {
        this.bridge = bridge;
    }

    public void publish(GovernanceEvent event, EventMetadata metadata) {
        CloudEvent cloudEvent = GovernanceCloudEvents.encode(event, metadata);
        String topic = EventType.of(event).topic().topicName();
        publish(topic, event.subject(), cloudEvent);
    }

    public void publish(String topic, String key, CloudEvent cloudEvent) {
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(cloudEvent.getData().toBytes())
                .setHeader(KafkaHeaders.KEY, key.getBytes(StandardCharsets.UTF_8));
        KafkaCloudEvents.headers(cloudEvent).forEach(builder::setHeader);
        Message<byte[]> message = builder.build();
        if (!bridge.send(topic, message)) {
            throw new IllegalStateException("The broker did not take event " + cloudEvent.getId() + " for " + topic);
        }
    }
}
