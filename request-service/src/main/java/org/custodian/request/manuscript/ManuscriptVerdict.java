package org.custodian.request.manuscript;

import java.util.Locale;
import org.custodian.contracts.requests.ManuscriptOutcome;

/** What a reviewer may decide on a manuscript under approval review. */
public enum ManuscriptVerdict {
    APPROVE(ManuscriptOutcome.APPROVED), REQUIRE_CHANGES(ManuscriptOutcome.CHANGES_REQUIRED);

    private final ManuscriptOutcome outcome;

    ManuscriptVerdict(ManuscriptOutcome outcome) {
        this.outcome = outcome;
    }

    public ManuscriptOutcome outcome() {
        return outcome;
    }

    public static ManuscriptVerdict fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
