package org.custodian.release.release;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.custodian.contracts.decisions.Obligations;

/** A release as its readers see it. */
public record ReleaseView(
        String id,
        String requestId,
        String researcherId,
        List<String> datasets,
        LocalDate eraseBy,
        Obligations obligations,
        ReleaseState state,
        Instant issuedAt,
        Instant expiresAt,
        Instant revokedAt,
        ErasureStatus erasure,
        String flaggedReason,
        Instant flaggedAt,
        List<ErasureRequestView> erasureRequests) {
}
