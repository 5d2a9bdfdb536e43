package org.custodian.contracts.requests;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a manuscript review ended: a reviewer approved or required changes, a notice was acknowledged, or the window passed. */
public enum ManuscriptOutcome {
    APPROVED, CHANGES_REQUIRED, ACKNOWLEDGED, DEEMED_APPROVED;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static ManuscriptOutcome fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
