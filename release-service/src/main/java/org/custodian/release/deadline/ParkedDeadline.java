package org.custodian.release.deadline;

import java.time.Instant;

/** A deadline whose command failed on every attempt and waits for an operator. */
record ParkedDeadline(String releaseId, String kind, Instant dueAt, int attempts, String lastError, Instant parkedAt) {
}
