package org.custodian.request.ingress;

import io.cloudevents.CloudEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.custodian.contracts.inbound.InboundEvent;
import org.custodian.contracts.inbound.InvalidInboundEventException;

/** Checks each posted event against the registered inbound types and their JSON Schemas. */
final class InboundValidation {

    private InboundValidation() {
    }

    static List<ItemProblem> problems(List<CloudEvent> events) {
        List<ItemProblem> problems = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            try {
                requireStorableAttributes(events.get(i));
                InboundEvent.decode(events.get(i));
            } catch (InvalidInboundEventException e) {
                problems.add(new ItemProblem(i, events.get(i).getId(), e.code(), e.getMessage()));
            }
        }
        return problems;
    }

    /** The inbound ledger keeps id, source and type in PostgreSQL, whose text cannot hold a NUL. */
    private static void requireStorableAttributes(CloudEvent event) {
        boolean nul = Stream.of(event.getId(), event.getSource(), event.getType(), event.getSubject())
                .filter(Objects::nonNull).anyMatch(value -> value.toString().indexOf('\u0000') >= 0);
        if (nul) {
            throw new InvalidInboundEventException("MALFORMED_CLOUDEVENT", "A CloudEvents attribute holds a NUL character.");
        }
    }
}
