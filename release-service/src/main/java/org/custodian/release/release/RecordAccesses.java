package org.custodian.release.release;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.custodian.contracts.releases.Access;

/**
 * Record reported uses of released data, each with its reporter's id, in one load of the release;
 * answers the violations of each, in order (none when it was allowed).
 */
public record RecordAccesses(@TargetAggregateIdentifier String releaseId, List<Reported> accesses) {

    public RecordAccesses {
        accesses = List.copyOf(accesses);
    }

    /** One reported use and the id that makes a repeat of it recognisable. */
    public record Reported(String accessId, Access access) {
    }
}
