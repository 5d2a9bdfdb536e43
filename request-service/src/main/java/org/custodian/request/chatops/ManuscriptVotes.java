package org.custodian.request.chatops;

/**
 * Port: a reviewer's answer to a manuscript under {@code approval} review, from chat. Implemented
 * where manuscripts are kept; until then chat answers that manuscript review is not available.
 * Each method records the answer or throws {@link org.custodian.request.review.ReviewRefused}
 * (or a {@link org.custodian.support.problem.RuleViolation}) and records nothing.
 */
public interface ManuscriptVotes {

    void approve(String manuscriptId, String reviewerId, String comment);

    void requireChanges(String manuscriptId, String reviewerId, String comment);
}
