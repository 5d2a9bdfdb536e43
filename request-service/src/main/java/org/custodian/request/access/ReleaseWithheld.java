package org.custodian.request.access;

import org.axonframework.serialization.Revision;

/**
 * release-service refused to release the approved request ({@code release.refused}); kept on the
 * request so its researcher sees why no release came, with release-service's stable code.
 */
@Revision("1")
record ReleaseWithheld(String requestId, String decisionId, String code, String detail) {
}
