package org.custodian.release.grant;

import java.time.Instant;
import org.custodian.release.release.ErasureStatus;
import org.custodian.release.release.ReleaseState;

/**
 * Whether a release may still be used, as a data platform checks it: {@code status} VALID or
 * INVALID (the status list's values), {@code reason} why not, and where its bit is published.
 */
record ReleaseStatus(String releaseId, String status, String reason, ReleaseState state, ErasureStatus erasure,
                     Instant expiresAt, StatusReference statusList) {
}
