package org.custodian.request.ingress;

import io.cloudevents.CloudEvent;
import java.util.ArrayList;
import java.util.List;
import org.custodian.contracts.inbound.InboundEvent;
import org.custodian.contracts.inbound.InvalidInboundEventException;
import org.custodian.support.events.OutsideEvents;
import org.custodian.support.problem.NulCharacterException;
import org.custodian.support.problem.NulCharacters;

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

    /**
     * The events holding a NUL anywhere (an attribute, an extension, the data, even base64-encoded): the inbound
     * ledger and every consumer keep them in PostgreSQL, whose text and jsonb cannot hold one.
     */
    static List<ItemProblem> nulProblems(List<CloudEvent> events) {
        List<ItemProblem> problems = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            CloudEvent event = events.get(i);
            if (OutsideEvents.holdsNul(event)) {
                problems.add(new ItemProblem(i, NulCharacters.in(event.getId()) ? null : event.getId(),
                        NulCharacterException.CODE, "The event holds a NUL character (U+0000)."));
            }
        }
        return problems;
    }
}
