package org.custodian.request.review;

/**
 * A review rule refused a vote or a declaration, and nothing was recorded. The message is shown to
 * the reviewer, so it never names the requester.
 */
public class ReviewRefused extends RuntimeException {

    private final Refusal refusal;

    public ReviewRefused(Refusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
