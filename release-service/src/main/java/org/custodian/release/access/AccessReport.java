package org.custodian.release.access;

import org.custodian.contracts.releases.Access;

/**
 * A use of released data as reported, with the reporter's id for it; {@code ledger} names the door
 * it came by, and with {@code accessId} makes a repeat recognisable.
 */
record AccessReport(String ledger, String accessId, String releaseId, Access access, String actor) {
}
