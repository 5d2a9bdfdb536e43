package org.custodian.release.release;

/** Why an approval did not lead to a release; the names are stable codes. */
enum RefusalReason {
    DECISION_DENIED,
    DECISION_MISSING,
    /** No decision on the request was ever seen on the decisions topic. */
    DECISION_UNKNOWN,
    /** The approval names a decision that is not the request's latest one: forged or stale. */
    DECISION_MISMATCH,
    QUORUM_NOT_MET,
    OBLIGATIONS_MISSING,
    ERASE_BY_MISSING,
    ALREADY_ISSUED
}
