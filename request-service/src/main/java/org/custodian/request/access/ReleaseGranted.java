package org.custodian.request.access;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * release-service released the approved request ({@code release.issued}); kept on the request so its
 * researcher sees which release came of it and until when the data may be kept.
 */
@Revision("1")
record ReleaseGranted(String requestId, String releaseId, LocalDate eraseBy) {
}
