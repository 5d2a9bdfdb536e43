package org.custodian.request.access;

import java.util.List;

/** A request's current state, its review (null before one opens) and its whole timeline. */
record RequestDetails(String id, String researcherId, RequestState state, ReviewView review,
                      List<RequestTimeline.Entry> timeline) {
}
