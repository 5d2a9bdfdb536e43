package org.custodian.request.dataset;

import java.util.List;

/**
 * A dataset's review committee: the reviewers (token subjects) and its quorum rule, where
 * {@code approvalsRequired} approvals approve and any rejection rejects; a blinded committee never
 * learns who asked.
 */
public record Committee(List<String> reviewers, int approvalsRequired, boolean blinded) {

    public static final int DEFAULT_APPROVALS = 2;

    public Committee {
        reviewers = reviewers.stream().distinct().toList();
    }
}
