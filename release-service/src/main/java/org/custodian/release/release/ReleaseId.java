package org.custodian.release.release;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

/** The id of a release, {@code rel-} and a UUID. */
record ReleaseId(String value) {

    private static final Pattern FORMAT = Pattern.compile("rel-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    ReleaseId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a release id: " + value);
        }
    }

    /**
     * The one release a request can have. Derived from the request id, so that a replayed or
     * repeated approval targets the same aggregate instead of creating a second release.
     */
    static ReleaseId forRequest(String requestId) {
        return new ReleaseId("rel-" + UUID.nameUUIDFromBytes(("release:" + requestId).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value;
    }
}
