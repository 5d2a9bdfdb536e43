package org.custodian.request.researcher;

import org.axonframework.serialization.Revision;

/**
 * The researcher's name and chat id are no longer held: the directory scrubs them, and later credentials
 * carry no chat id. Internal, not published: audit-service announced the erasure. The stored
 * {@code researcher.registered} before it still holds the name (the event store is append-only); no view
 * reads it from there.
 */
@Revision("1")
record PersonalDataForgotten(String researcherId, String erasureEventId) {
}
