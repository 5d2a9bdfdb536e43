package org.custodian.support.events;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.nio.charset.StandardCharsets;
import org.custodian.contracts.EventMetadata;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceCloudEvents;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.KafkaCloudEvents;
import org.custodian.support.tracing.TraceContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Sends governance events to their topic as CloudEvents in Kafka binary mode, keyed by subject.
 * Producers are configured synchronous, so a return means the broker acknowledged. An event carries the trace
 * it was caused in, as the CloudEvents distributed-tracing extension and as the plain W3C header.
 */
public class EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);

    private final StreamBridge bridge;
    private final TraceContext trace;

    public EventPublisher(StreamBridge bridge, TraceContext trace) {
        this.bridge = bridge;
        this.trace = trace;
    }

    public void publish(GovernanceEvent event, EventMetadata metadata) {
        CloudEvent cloudEvent = GovernanceCloudEvents.encode(event, metadata);
        String topic = EventType.of(event).topic().topicName();
        publish(topic, event.subject(), cloudEvent);
    }

    public void publish(String topic, String key, CloudEvent event) {
        CloudEvent cloudEvent = traced(event);
        MessageBuilder<byte[]> builder = MessageBuilder.withPayload(cloudEvent.getData().toBytes())
                .setHeader(KafkaHeaders.KEY, key.getBytes(StandardCharsets.UTF_8));
        KafkaCloudEvents.headers(cloudEvent).forEach(builder::setHeader);
        Object traceparent = cloudEvent.getExtension(TraceContext.TRACEPARENT);
        if (traceparent != null) {
            builder.setHeader(TraceContext.TRACEPARENT, traceparent.toString().getBytes(StandardCharsets.UTF_8));
        }
        Message<byte[]> message = builder.build();
        if (!bridge.send(topic, message)) {
            throw new IllegalStateException("The broker did not take event " + cloudEvent.getId() + " for " + topic);
        }
        LOG.debug("Sent {} {} about {} to {}", cloudEvent.getType(), cloudEvent.getId(), cloudEvent.getSubject(), topic);
    }

    /** The event with the current trace, unless it already names one (an outside sender's own). */
    private CloudEvent traced(CloudEvent event) {
        String current = trace.current();
        if (current == null || event.getExtension(TraceContext.TRACEPARENT) != null) {
            return event;
        }
        return CloudEventBuilder.v1(event).withExtension(TraceContext.TRACEPARENT, current).build();
    }
}
