package org.custodian.request.ingress;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.function.Consumer;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.releases.ReleaseAccessViolated;
import org.custodian.contracts.releases.ReleaseAccessed;
import org.custodian.support.events.InboundEvents;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * What became of accepted outside events, for their senders (binding {@code inboundOutcomes}): a record
 * on an inbound dead-letter topic fails its event with the consumer's reason; release-service's access
 * records (keyed by the reported event's "source id") apply an access log. Records that are neither, or
 * name no event accepted here, change nothing.
 */
@Component("inboundOutcomes")
class InboundOutcomes implements Consumer<Message<byte[]>> {

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private final InboundLedger ledger;
    private final Clock clock;

    InboundOutcomes(InboundLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void accept(Message<byte[]> message) {
        Map<String, Object> headers = message.getHeaders();
        String topic = text(headers.get(KafkaHeaders.RECEIVED_TOPIC));
        if (topic != null && topic.endsWith(DEAD_LETTER_SUFFIX)) {
            deadLettered(headers, topic);
        } else if (accessRecord(attribute(headers, "type"))) {
            applied(InboundEvents.read(message).event());
        }
    }

    private void deadLettered(Map<String, Object> headers, String topic) {
        String source = attribute(headers, "source");
        String id = attribute(headers, "id");
        if (source == null || id == null) {
            return;
        }
        String reason = text(headers.get("x-exception-message"));
        String where = topic + "/" + headers.get(KafkaHeaders.RECEIVED_PARTITION) + "/" + headers.get(KafkaHeaders.OFFSET);
        ledger.failed(source, id, clock.instant(), reason == null ? "Dead-lettered without a reason." : reason, where);
    }

    private void applied(GovernanceEvent event) {
        if (event instanceof ReleaseAccessed accessed) {
            applied(accessed.accessId(), null);
        } else if (event instanceof ReleaseAccessViolated violated) {
            applied(violated.accessId(), "Recorded by release-service as an access violation: "
                    + String.join(", ", violated.violations()) + ".");
        }
    }

    // an access reported through the inbound topic carries "source id" as its access id (InboundEvent.deliveryKey)
    private void applied(String accessId, String note) {
        int space = accessId == null ? -1 : accessId.indexOf(' ');
        if (space > 0) {
            ledger.applied(accessId.substring(0, space), accessId.substring(space + 1), clock.instant(), note);
        }
    }

    private static boolean accessRecord(String type) {
        return EventType.RELEASE_ACCESSED.cloudEventType().equals(type)
                || EventType.RELEASE_ACCESS_VIOLATED.cloudEventType().equals(type);
    }

    // Spring Cloud Function renames ce_* headers to ce-* on a record without a content-type (KafkaCloudEvents)
    private static String attribute(Map<String, Object> headers, String name) {
        String underscored = text(headers.get("ce_" + name));
        return underscored != null ? underscored : text(headers.get("ce-" + name));
    }

    private static String text(Object header) {
        if (header instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return header == null ? null : header.toString();
    }
}
