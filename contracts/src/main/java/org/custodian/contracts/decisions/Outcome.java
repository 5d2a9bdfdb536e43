package org.custodian.contracts.decisions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What the policy concluded: release may proceed, must not, or needs reviewers. */
public enum Outcome {
    ALLOW, DENY, REVIEW;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Outcome fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
