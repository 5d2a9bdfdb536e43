package org.custodian.request.manuscript;

import java.util.UUID;
import java.util.regex.Pattern;

/** The id of a manuscript, {@code ms-} and a UUID. */
record ManuscriptId(String value) {

    private static final Pattern FORMAT = Pattern.compile("ms-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    ManuscriptId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a manuscript id: " + value);
        }
    }

    static ManuscriptId next() {
        return new ManuscriptId("ms-" + UUID.randomUUID());
    }

    static boolean valid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }
}
