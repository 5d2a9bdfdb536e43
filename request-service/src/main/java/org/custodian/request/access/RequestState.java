package org.custodian.request.access;

/** Where an access request stands. */
enum RequestState {
    SUBMITTED, AWAITING_REVIEW, APPROVED, REJECTED;

    boolean decided() {
        return this == APPROVED || this == REJECTED;
    }
}
