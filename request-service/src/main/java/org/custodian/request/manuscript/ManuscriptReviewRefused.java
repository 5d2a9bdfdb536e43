package org.custodian.request.manuscript;

/** A manuscript rule refused a review, and nothing was recorded. */
public class ManuscriptReviewRefused extends RuntimeException {

    private final ManuscriptRefusal refusal;

    public ManuscriptReviewRefused(ManuscriptRefusal refusal, String message) {
        super(message);
        this.refusal = refusal;
    }

    public ManuscriptRefusal refusal() {
        return refusal;
    }
}
