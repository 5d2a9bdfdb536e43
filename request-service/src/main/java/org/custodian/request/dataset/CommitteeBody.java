package org.custodian.request.dataset;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.custodian.contracts.requests.VotingRule;
import org.custodian.contracts.vocabulary.Term;
import org.custodian.contracts.vocabulary.TermTable;
import org.custodian.contracts.vocabulary.TermViolation;
import org.custodian.support.problem.TermViolations;

/**
 * What a steward puts to set a dataset's committee; {@code reviewers} are token subjects of reviewers,
 * {@code voting} one of {@link VotingRule}'s wire names (absent: {@code quorum_with_veto}).
 */
record CommitteeBody(
        @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 128) String> reviewers,
        @Min(1) @Max(50) Integer approvalsRequired,
        Boolean blinded,
        @Size(max = 64) String voting) {

    /** The rules a committee may vote by, served with the vocabulary. */
    static final TermTable VOTING_RULES = new TermTable("a voting rule", List.of("voting"), List.of(
            new Term(VotingRule.QUORUM_WITH_VETO.wireName(), "Quorum with veto (default): approvals_required approvals approve; any rejection or request for changes ends the review"),
            new Term(VotingRule.MAJORITY.wireName(), "Majority: more than half of the reviewers who may vote, and at least approvals_required"),
            new Term(VotingRule.UNANIMOUS.wireName(), "Unanimous: every reviewer who may vote, and at least approvals_required")));

    Committee toCommittee() {
        return new Committee(reviewers, approvalsRequired == null ? Committee.DEFAULT_APPROVALS : approvalsRequired,
                blinded != null && blinded, votingRule());
    }

    /** An unknown rule is refused as an unknown term (422), as the other terms are. */
    private VotingRule votingRule() {
        if (voting == null) {
            return VotingRule.DEFAULT;
        }
        Optional<VotingRule> rule = VotingRule.find(voting);
        TermViolations.requireNone(rule.isPresent() ? List.of()
                : List.of(new TermViolation("voting", voting, VOTING_RULES.kind(), VOTING_RULES.codes())));
        return rule.get();
    }
}
