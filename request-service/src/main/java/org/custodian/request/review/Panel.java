package org.custodian.request.review;

import java.util.List;
import org.custodian.contracts.requests.VotingRule;
import org.custodian.request.dataset.Committee;

/**
 * The reviewers eligible for one request and its review rule; {@code required} when a requested
 * dataset's terms demand committee review whatever the policy decided.
 */
public record Panel(List<String> reviewers, int approvalsRequired, boolean blinded, boolean required, VotingRule voting) {

    public Panel {
        reviewers = List.copyOf(reviewers);
        voting = VotingRule.orDefault(voting);
    }

    public Panel(List<String> reviewers, int approvalsRequired, boolean blinded, boolean required) {
        this(reviewers, approvalsRequired, blinded, required, VotingRule.DEFAULT);
    }

    /** No committee at all: nobody is eligible, so a review would stall at once. */
    public static Panel none() {
        return new Panel(List.of(), Committee.DEFAULT_APPROVALS, false, false);
    }

    /** The same rules with other reviewers (a steward's choice). */
    public Panel withReviewers(List<String> chosen, int approvals) {
        return new Panel(chosen, approvals, blinded, required, voting);
    }
}
