package org.custodian.release.release;

/** Where a release stands; revocation, expiry and erasure come with their own issues. */
enum ReleaseState {
    ISSUED
}
