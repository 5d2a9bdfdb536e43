package org.custodian.contracts.releases;

import java.time.Instant;
import java.util.List;

/**
 * One use of released data as a platform or enclave reported it: who, which dataset and fields,
 * how much ({@code rows} or {@code bytes}), from where, and when.
 */
public record Access(
        String researcherId,
        String datasetId,
        List<String> fields,
        Long rows,
        Long bytes,
        String origin,
        Instant accessedAt) {

    public Access {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
