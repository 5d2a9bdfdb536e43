package org.custodian.request.manuscript;

import org.custodian.request.chatops.ManuscriptVotes;
import org.custodian.support.problem.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Manuscript answers from chat: the same rules as the API, a refusal told in chat by its code. */
@Component
class ChatManuscriptVotes implements ManuscriptVotes {

    private final ManuscriptReviews reviews;

    ChatManuscriptVotes(ManuscriptReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void approve(String manuscriptId, String reviewerId, String comment) {
        told(() -> reviews.approve(manuscriptId, reviewerId, comment));
    }

    @Override
    public void requireChanges(String manuscriptId, String reviewerId, String comment) {
        told(() -> reviews.requireChanges(manuscriptId, reviewerId, comment));
    }

    private static void told(Runnable review) {
        try {
            review.run();
        } catch (ManuscriptReviewRefused refused) {
            throw new RuleViolation(HttpStatus.CONFLICT, refused.refusal().name(), refused.getMessage());
        }
    }
}
