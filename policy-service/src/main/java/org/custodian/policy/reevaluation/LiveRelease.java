package org.custodian.policy.reevaluation;

import java.time.Instant;
import java.time.LocalDate;
import org.custodian.contracts.requests.RequestSubmitted;

/**
 * An approved request as released: the version that was approved, the time its decision judged at
 * ({@code null} only for a request approved before this was kept) and its release's erase-by date.
 */
public record LiveRelease(RequestSubmitted submission, Instant judgedAt, LocalDate eraseBy) {
}
