package org.custodian.request.manuscript;

/** Why a manuscript act was refused; the name is the stable problem code. */
public enum ManuscriptRefusal {
    UNKNOWN_MANUSCRIPT,
    OWN_MANUSCRIPT,
    NOT_A_REVIEWER,
    NO_DECISION_RIGHTS,
    NO_REVIEW_REQUIRED,
    ALREADY_REVIEWED,
    REVIEW_CLOSED,
    MORATORIUM_IN_FORCE,
    WINDOW_OPEN,
    REVIEWERS_CAN_ACT
}
