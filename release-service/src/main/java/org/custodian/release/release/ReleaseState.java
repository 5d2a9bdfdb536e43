package org.custodian.release.release;

/** Where a release stands: in use, past its access period, or withdrawn by a steward. */
public enum ReleaseState {
    ISSUED,
    EXPIRED,
    REVOKED
}
