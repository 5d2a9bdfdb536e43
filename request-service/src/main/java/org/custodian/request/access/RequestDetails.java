package org.custodian.request.access;

import java.util.List;
import java.util.Map;
import org.custodian.contracts.requests.RequestSubmitted;

/**
 * A request's current state, its version (1, then one more per resubmission) with the terms version of
 * each dataset that version is judged against, its review (null before one opens) and its whole timeline.
 */
record RequestDetails(String id, String researcherId, RequestState state, int version,
                      Map<String, Integer> termsVersions, ReviewView review, List<RequestTimeline.Entry> timeline) {

    /** Versions are counted on the stored {@code timeline}; {@code shown} is what this reader may see of it. */
    static RequestDetails of(String id, String researcherId, RequestState state, ReviewView review,
                             List<RequestTimeline.Entry> timeline, List<RequestTimeline.Entry> shown) {
        int submissions = (int) timeline.stream().filter(entry -> entry.data() instanceof RequestSubmitted).count();
        Map<String, Integer> terms = timeline.stream().map(RequestTimeline.Entry::data)
                .filter(VersionSubmitted.class::isInstance).map(VersionSubmitted.class::cast)
                .reduce((first, second) -> second).map(VersionSubmitted::termsVersions).orElse(Map.of());
        return new RequestDetails(id, researcherId, state, submissions, terms, review, shown);
    }
}
