package org.custodian.audit.log;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Custodian's own types are {@code org.custodian.<suffix>.v<n>}; readers match on the suffix, in every version. */
public final class EventTypes {

    private static final Pattern CUSTODIAN = Pattern.compile("^org\\.custodian\\.(.+)\\.v[0-9]+$");

    private EventTypes() {
    }

    /** The suffix of a Custodian type ({@code request.approved}), or the type itself for anyone else's. */
    public static String suffix(String type) {
        Matcher matcher = CUSTODIAN.matcher(type);
        return matcher.matches() ? matcher.group(1) : type;
    }
}
