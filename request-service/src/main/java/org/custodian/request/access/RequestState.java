package org.custodian.request.access;

/** Where an access request stands. */
enum RequestState {
    SUBMITTED, AWAITING_REVIEW, CHANGES_REQUESTED, APPROVED, REJECTED, WITHDRAWN;

    boolean decided() {
        return this == APPROVED || this == REJECTED;
    }

    /** Whether reviewers may still step back from the request. */
    boolean reviewable() {
        return this == SUBMITTED || this == AWAITING_REVIEW;
    }

    /** Whether the researcher may still withdraw it: until it is approved, rejected or withdrawn. */
    boolean withdrawable() {
        return this == SUBMITTED || this == AWAITING_REVIEW || this == CHANGES_REQUESTED;
    }
}
