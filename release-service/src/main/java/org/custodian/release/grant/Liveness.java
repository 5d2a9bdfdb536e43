package org.custodian.release.grant;

import java.time.Instant;
import java.util.Optional;
import org.custodian.release.release.ErasureStatus;
import org.custodian.release.release.ReleaseState;
import org.custodian.release.release.ReleaseView;

/**
 * Whether a release may still be used (invariant 12): not revoked, its erasure not certified, its
 * access period not over. An expiry counts from the clock, before the deadline that records it fires.
 */
enum Liveness {
    LIVE, REVOKED, ERASED, EXPIRED;

    static Liveness of(ReleaseView release, Instant now) {
        if (release.state() == ReleaseState.REVOKED) {
            return REVOKED;
        }
        if (release.erasure() == ErasureStatus.CERTIFIED) {
            return ERASED;
        }
        if (release.state() == ReleaseState.EXPIRED || !now.isBefore(release.expiresAt())) {
            return EXPIRED;
        }
        return LIVE;
    }

    /** The reason a data platform is given, none while the release is live. */
    Optional<String> reason() {
        return this == LIVE ? Optional.empty() : Optional.of("RELEASE_" + name());
    }
}
