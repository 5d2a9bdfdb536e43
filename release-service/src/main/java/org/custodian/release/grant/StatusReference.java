package org.custodian.release.grant;

import java.util.Map;

/** Where a release's status is published: its index in the status list at {@code uri}. */
record StatusReference(long idx, String uri) {

    /** The {@code status} claim of a grant (Token Status List §6.1). */
    Map<String, Object> claim() {
        return Map.of("status_list", Map.of("idx", idx, "uri", uri));
    }
}
