package org.custodian.request.ingress;

import io.cloudevents.CloudEvent;
import java.util.ArrayList;
import java.util.List;
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
                InboundEvent.decode(events.get(i));
            } catch (InvalidInboundEventException e) {
                problems.add(new ItemProblem(i, events.get(i).getId(), e.code(), e.getMessage()));
            }
        }
        return problems;
    }
}
