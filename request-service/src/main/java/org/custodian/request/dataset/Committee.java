package org.custodian.request.dataset;

import java.util.List;
import org.custodian.contracts.requests.VotingRule;

/**
 * A dataset's review committee: the reviewers (token subjects), the fewest approvals that approve, and
 * its {@link VotingRule} (by default {@code quorum_with_veto}: any rejection or request for changes
 * ends the review); a blinded committee never learns who asked.
 */
public record Committee(List<String> reviewers, int approvalsRequired, boolean blinded, VotingRule voting) {

    public static final int DEFAULT_APPROVALS = 2;

    public Committee {
        reviewers = reviewers.stream().distinct().toList();
        voting = VotingRule.orDefault(voting);
    }

    public Committee(List<String> reviewers, int approvalsRequired, boolean blinded) {
        this(reviewers, approvalsRequired, blinded, VotingRule.DEFAULT);
    }
}
