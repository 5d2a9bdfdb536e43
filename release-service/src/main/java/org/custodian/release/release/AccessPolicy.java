package org.custodian.release.release;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.custodian.contracts.releases.Access;

/** Judges one reported use of data against the terms of its release; no violations means it was allowed. */
final class AccessPolicy {

    static final String UNKNOWN_RELEASE = "UNKNOWN_RELEASE";
    static final String EXPIRED = "EXPIRED";
    static final String REVOKED = "REVOKED";
    static final String ERASED = "ERASED";
    static final String WRONG_RESEARCHER = "WRONG_RESEARCHER";
    static final String DATASET_NOT_RELEASED = "DATASET_NOT_RELEASED";
    static final String FIELDS_NOT_RELEASED = "FIELDS_NOT_RELEASED";

    private AccessPolicy() {
    }

    // Judged by when the data was used, not when the report arrived: a late report of an earlier,
    // allowed use is not a violation, and an early report cannot hide a use after expiry.
    static List<String> violations(ReleaseTerms terms, Instant revokedAt, Instant erasedAt, Access access) {
        List<String> violations = new ArrayList<>();
        if (!access.accessedAt().isBefore(terms.expiresAt())) {
            violations.add(EXPIRED);
        }
        if (revokedAt != null && !access.accessedAt().isBefore(revokedAt)) {
            violations.add(REVOKED);
        }
        if (erasedAt != null && !access.accessedAt().isBefore(erasedAt)) {
            violations.add(ERASED);
        }
        if (!terms.researcherId().equals(access.researcherId())) {
            violations.add(WRONG_RESEARCHER);
        }
        if (!terms.datasets().contains(access.datasetId())) {
            violations.add(DATASET_NOT_RELEASED);
        }
        // An empty field list in the obligations means the whole dataset was released.
        if (!terms.fields().isEmpty() && !terms.fields().containsAll(access.fields())) {
            violations.add(FIELDS_NOT_RELEASED);
        }
        return List.copyOf(violations);
    }
}
