package org.custodian.release.grant;

import java.time.Duration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Replaces the grant signing key once it is older than {@code custodian.releases.grants.key-rotation}. */
@Component
class ScheduledKeyRotation {

    private final GrantKeys keys;
    private final Duration every;

    ScheduledKeyRotation(GrantKeys keys, GrantSettings settings) {
        this.keys = keys;
        this.every = settings.keyRotation();
    }

    @Scheduled(fixedDelayString = "${custodian.releases.grants.key-rotation-check:PT1H}")
    void rotateIfDue() {
        if (every != null && !every.isNegative() && !every.isZero()) {
            keys.rotateIfOlderThan(every);
        }
    }
}
