package org.custodian.contracts.inbound;

import java.time.Instant;
import java.util.List;

/** A data platform or secure enclave saw released data being accessed. */
public record AccessLogged(String releaseId, String researcherId, String datasetId, List<String> fields, Long rows,
                           Long bytes, String origin, Instant accessedAt) {

    public AccessLogged {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
