package org.custodian.request.access;

import java.util.UUID;
import java.util.regex.Pattern;

/** The id of an access request, {@code req-} and a UUID. */
record RequestId(String value) {

    private static final Pattern FORMAT = Pattern.compile("req-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    RequestId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a request id: " + value);
        }
    }

    static RequestId next() {
        return new RequestId("req-" + UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value;
    }
}
