package org.custodian.contracts;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The envelope facts of one event: its unique id, who emitted it, when (Custodian's clock), the
 * authenticated principal who acted and, only where that principal may act for someone else, the
 * subject it claimed to act for. The claim is kept beside the actor, never in its place.
 */
public record EventMetadata(String id, URI source, OffsetDateTime time, String actor, String onBehalfOf) {

    public EventMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(actor, "actor");
    }

    public EventMetadata(String id, URI source, OffsetDateTime time, String actor) {
        this(id, source, time, actor, null);
    }
}
