package org.custodian.request.access;

import java.util.Map;
import org.axonframework.serialization.Revision;

/**
 * A version of the request was submitted (1 at submission, then one more per resubmission), with the
 * catalog's terms version of each requested dataset at that moment: the terms it is judged against.
 * Internal: {@code request.submitted} carries the content, this the numbering.
 */
@Revision("1")
record VersionSubmitted(String requestId, int version, Map<String, Integer> termsVersions) {

    VersionSubmitted {
        termsVersions = Map.copyOf(termsVersions);
    }
}
