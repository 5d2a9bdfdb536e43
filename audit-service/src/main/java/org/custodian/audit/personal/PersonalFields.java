package org.custodian.audit.personal;

import java.util.List;
import org.custodian.contracts.EventSchemas;
import org.custodian.contracts.EventType;

/**
 * Which members of an event's {@code data} are personal: the properties its type's JSON Schema in
 * {@code contracts} marks {@code "x-personal": true}, for any version of a Custodian type; the person they
 * belong to is the event's {@code data.researcher_id}. Documented in docs/hash-chain.md.
 */
final class PersonalFields {

    static final String PERSON = "researcher_id";

    private PersonalFields() {
    }

    /** The personal members of events of this type; empty for every other type. */
    static List<String> of(String type) {
        return EventType.fromAnyVersion(type).map(EventSchemas::personalFields).orElse(List.of());
    }
}
