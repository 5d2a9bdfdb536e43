package org.custodian.support.events;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.stream.Stream;
import org.custodian.contracts.InvalidEventException;
import org.custodian.contracts.inbound.InboundEvent;
import org.custodian.contracts.inbound.InvalidInboundEventException;
import org.custodian.support.problem.NulCharacterException;
import org.custodian.support.problem.NulCharacters;
import org.springframework.messaging.Message;

/**
 * Reads outside events from the inbound topic with the same checks as the HTTP door (a NUL anywhere, then
 * type and schema); an invalid record is counted ({@code custodian.inbound.invalid}, tagged by consumer) and thrown, so it is
 * dead-lettered.
 */
public class OutsideEvents {

    private final MeterRegistry meters;

    public OutsideEvents(MeterRegistry meters) {
        this.meters = meters;
    }

    public InboundEvent read(Message<byte[]> message, String consumer) {
        try {
            CloudEvent event = InboundEvents.cloudEvent(message);
            if (holdsNul(event)) {
                throw new InvalidInboundEventException(NulCharacterException.CODE,
                        "The event holds a NUL character (U+0000), which PostgreSQL's text and jsonb cannot store.");
            }
            return InboundEvent.decode(event);
        } catch (InvalidEventException e) {
            meters.counter("custodian.inbound.invalid", "consumer", consumer).increment();
            throw e;
        }
    }

    /** Whether an attribute, an extension or the data (read as JSON, as inbound data is) holds a NUL. */
    public static boolean holdsNul(CloudEvent event) {
        Stream<Object> attributes = Stream.of(event.getId(), event.getSource(), event.getType(), event.getSubject(),
                event.getDataSchema(), event.getDataContentType());
        Stream<Object> extensions = event.getExtensionNames().stream().flatMap(name -> Stream.of(name, event.getExtension(name)));
        return Stream.concat(attributes, extensions).filter(Objects::nonNull).anyMatch(value -> NulCharacters.in(value.toString()))
                || event.getData() != null && NulCharacters.inJson(event.getData().toBytes());
    }
}
