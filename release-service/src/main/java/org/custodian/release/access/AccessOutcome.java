package org.custodian.release.access;

import java.util.List;
import org.custodian.support.problem.RuleViolation;

/**
 * What became of one reported use: recorded (with its violations, none when it was allowed), a repeat
 * of one already recorded, or refused and recorded nowhere.
 */
record AccessOutcome(String accessId, List<String> violations, RuleViolation refusal) {

    static AccessOutcome recorded(String accessId, List<String> violations) {
        return new AccessOutcome(accessId, violations, null);
    }

    static AccessOutcome duplicate(String accessId) {
        return new AccessOutcome(accessId, null, null);
    }

    static AccessOutcome refused(String accessId, RuleViolation refusal) {
        return new AccessOutcome(accessId, null, refusal);
    }

    boolean isDuplicate() {
        return violations == null && refusal == null;
    }
}
