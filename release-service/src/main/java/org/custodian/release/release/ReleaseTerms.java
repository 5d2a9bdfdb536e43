package org.custodian.release.release;

import java.time.Instant;
import java.util.List;

/** What a release allows: who may use which datasets and fields, until when. */
record ReleaseTerms(String researcherId, List<String> datasets, List<String> fields, Instant expiresAt) {

    ReleaseTerms {
        datasets = List.copyOf(datasets);
        fields = List.copyOf(fields);
    }
}
