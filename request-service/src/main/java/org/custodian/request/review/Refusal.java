package org.custodian.request.review;

/** Why a reviewer's vote or declaration was refused; the name is the stable problem code. */
public enum Refusal {
    UNKNOWN_REQUEST,
    OWN_REQUEST,
    NOT_ON_PANEL,
    RECUSED,
    ALREADY_VOTED,
    CONFLICT_ALREADY_DECLARED,
    REVIEW_NOT_OPEN,
    REVIEW_NOT_STALLED,
    DECISION_DENIED
}
