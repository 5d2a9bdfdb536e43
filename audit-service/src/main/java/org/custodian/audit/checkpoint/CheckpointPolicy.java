package org.custodian.audit.checkpoint;

import java.time.Duration;
import java.time.Instant;

/** When the next checkpoint is due: N entries uncovered, or the oldest uncovered entry waited T, whichever first. */
record CheckpointPolicy(long everyEntries, Duration every) {

    boolean due(long uncovered, Instant oldestUncovered, Instant now) {
        if (uncovered <= 0) {
            return false;
        }
        return uncovered >= everyEntries || !oldestUncovered.plus(every).isAfter(now);
    }
}
