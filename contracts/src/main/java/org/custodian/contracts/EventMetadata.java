package org.custodian.contracts;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;

/** The envelope facts of one event: its unique id, who emitted it, when, and the acting principal. */
public record EventMetadata(String id, URI source, OffsetDateTime time, String actor) {

    public EventMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
    }
}
