package org.custodian.request.review;

import jakarta.validation.Valid;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviewers vote and declare conflicts of interest over HTTP. A request the reviewer may not see (not
 * on its panel) is unknown to them, as a missing id is. Answers never name the requester, so they are
 * safe in a blinded review.
 */
@RestController
@RequestMapping("/api/requests/{id}")
class ReviewController {

    private final Reviews reviews;

    ReviewController(Reviews reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/votes")
    @ResponseStatus(HttpStatus.CREATED)
    VoteReceipt vote(@PathVariable String id, @Valid @RequestBody VoteBody body, Caller caller) {
        requireVisible(id, caller);
        ReviewVote vote = body.toVote();
        Verdict verdict = reviews.vote(id, caller.subject(), vote, body.reason());
        return new VoteReceipt(id, caller.subject(), vote, verdict);
    }

    @PostMapping("/conflicts")
    @ResponseStatus(HttpStatus.CREATED)
    ConflictReceipt declareConflict(@PathVariable String id, @Valid @RequestBody ConflictBody body, Caller caller) {
        requireVisible(id, caller);
        reviews.declareConflict(id, caller.subject(), body.reason());
        return new ConflictReceipt(id, caller.subject(), true);
    }

    private void requireVisible(String id, Caller caller) {
        if (!reviews.visibleTo(id, caller)) {
            throw new ReviewRefused(Refusal.UNKNOWN_REQUEST, "There is no request " + id + ".");
        }
    }

    /** The vote recorded and what the review concludes now. */
    record VoteReceipt(String requestId, String reviewerId, ReviewVote vote, Verdict verdict) {
    }

    /** The declaration recorded: the reviewer takes no further part in this review. */
    record ConflictReceipt(String requestId, String reviewerId, boolean recused) {
    }
}
