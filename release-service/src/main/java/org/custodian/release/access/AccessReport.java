package org.custodian.release.access;

import org.custodian.contracts.releases.Access;

/**
 * A use of released data as reported, with the reporter's id for it; {@code ledger} names the door
 * it came by, and with {@code accessId} makes a repeat recognisable. {@code actor} is the authenticated
 * reporter, {@code onBehalfOf} whom it said it reported for (null when it made no such claim).
 */
record AccessReport(String ledger, String accessId, String releaseId, Access access, String actor, String onBehalfOf) {

    boolean sameReporterAndRelease(AccessReport other) {
        return ledger.equals(other.ledger) && releaseId.equals(other.releaseId) && actor.equals(other.actor)
                && java.util.Objects.equals(onBehalfOf, other.onBehalfOf);
    }
}
