package org.custodian.request.access;

import java.util.List;

/** A request's current state and its whole timeline. */
record RequestDetails(String id, String researcherId, RequestState state, List<RequestTimeline.Entry> timeline) {
}
