package org.custodian.request.chatops;

import java.util.List;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;

/**
 * What chat is told, whatever the platform (Slack now; Mattermost would be a second implementation).
 * Each call queues the message durably, in the caller's transaction; sending is retried apart.
 */
public interface ChatAnnouncer {

    void reviewOpened(ChatReview review, ReviewBrief brief);

    void reviewClosed(ChatReview review, ReviewBrief brief);

    void manuscriptOpened(ChatReview review, ManuscriptSubmitted manuscript);

    void manuscriptClosed(ChatReview review, ManuscriptReviewed reviewed);

    /** Reminds the reviewers who have not voted yet, before the deadline. */
    void reminder(ChatReview review, List<String> awaiting);

    /** Tells stewards the vote deadline passed. */
    void overdue(ChatReview review, List<String> awaiting);

    /** A short alert to the stewards' channel. */
    void stewardNotice(String title, String detail);
}
