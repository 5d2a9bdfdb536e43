package org.custodian.release.release;

/** Why an approval did not lead to a release; the names are stable codes. */
enum RefusalReason {
    DECISION_DENIED,
    DECISION_MISSING,
    OBLIGATIONS_MISSING,
    ERASE_BY_MISSING,
    ALREADY_ISSUED
}
