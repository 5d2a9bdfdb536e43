package org.custodian.release.revocation;

/** What {@code custodian.releases.on-deny} does with the live release of a request re-evaluated to deny. */
enum OnDeny {
    REVOKE,
    FLAG
}
