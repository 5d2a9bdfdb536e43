package org.custodian.contracts.requests;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a reviewer concluded about an access request. */
public enum ReviewVote {
    APPROVE, REJECT, REQUEST_CHANGES;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ReviewVote fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
