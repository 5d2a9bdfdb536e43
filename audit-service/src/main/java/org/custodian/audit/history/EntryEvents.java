package org.custodian.audit.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.custodian.audit.log.EntryContent;
import org.custodian.contracts.EventType;
import org.custodian.contracts.GovernanceEvent;
import org.custodian.contracts.InvalidEventException;

/** Opens an entry's CloudEvents envelope: the only place the history reads it, handing on contract records. */
final class EntryEvents {

    private EntryEvents() {
    }

    /** The event's data as it was sent (personal fields revealed or erased), to show as it is. */
    static JsonNode data(EntryContent entry) {
        return entry.envelope().path("data");
    }

    /** The entry's contract record, in any version of its type; empty for anyone else's type or data that is not the record. */
    static Optional<GovernanceEvent> read(EntryContent entry) {
        try {
            return EventType.fromAnyVersion(entry.type()).map(type -> type.read(data(entry)));
        } catch (InvalidEventException e) {
            return Optional.empty();
        }
    }
}
