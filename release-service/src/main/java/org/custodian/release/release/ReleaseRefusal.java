package org.custodian.release.release;

/** A release was not issued, for a reason the approval or the request's history gives. */
class ReleaseRefusal extends RuntimeException {

    private final RefusalReason reason;

    ReleaseRefusal(RefusalReason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    RefusalReason reason() {
        return reason;
    }
}
