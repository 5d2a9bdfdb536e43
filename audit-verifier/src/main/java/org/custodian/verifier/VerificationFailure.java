package org.custodian.verifier;

/** The first thing found wrong: its reason, the entry it concerns (if any), and what it means. */
final class VerificationFailure extends RuntimeException {

    private final Reason reason;
    private final Long seq;

    VerificationFailure(Reason reason, String detail) {
        this(reason, null, detail);
    }

    VerificationFailure(Reason reason, Long seq, String detail) {
        super(detail);
        this.reason = reason;
        this.seq = seq;
    }

    Reason reason() {
        return reason;
    }

    Long seq() {
        return seq;
    }
}
