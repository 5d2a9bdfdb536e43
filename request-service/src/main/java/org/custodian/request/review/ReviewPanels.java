package org.custodian.request.review;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.contracts.requests.VotingRule;
import org.custodian.request.dataset.Committee;
import org.custodian.request.dataset.DatasetCatalog;
import org.custodian.request.dataset.DatasetCommittees;
import org.custodian.request.researcher.ResearcherDirectory;
import org.springframework.stereotype.Component;

/**
 * Composes a request's panel from its datasets' committees: their union, minus the requester and
 * reviewers of the requester's institution. The strictest rule wins: the highest quorum, the strictest
 * voting rule (unanimous, then quorum with veto, then majority), and blinded if any committee is. The
 * pool a steward may choose reviewers from is every committee's reviewers.
 */
@Component
public class ReviewPanels {

    private static final String COMMITTEE_REVIEW = "committee";
    private static final List<VotingRule> STRICTNESS = List.of(VotingRule.MAJORITY, VotingRule.QUORUM_WITH_VETO,
            VotingRule.UNANIMOUS);

    private final DatasetCommittees committees;
    private final DatasetCatalog catalog;
    private final ResearcherDirectory researchers;

    ReviewPanels(DatasetCommittees committees, DatasetCatalog catalog, ResearcherDirectory researchers) {
        this.committees = committees;
        this.catalog = catalog;
        this.researchers = researchers;
    }

    public Panel compose(String requesterId, Collection<String> datasets) {
        List<Committee> found = committeesOf(datasets);
        List<String> pool = found.stream().flatMap(committee -> committee.reviewers().stream()).distinct().toList();
        List<String> excluded = ineligible(requesterId, pool);
        List<String> eligible = pool.stream().filter(reviewer -> !excluded.contains(reviewer)).toList();
        int approvals = found.stream().mapToInt(Committee::approvalsRequired).max().orElse(Committee.DEFAULT_APPROVALS);
        return new Panel(eligible, approvals, found.stream().anyMatch(Committee::blinded), reviewRequired(datasets),
                found.stream().map(Committee::voting).max(Comparator.comparingInt(STRICTNESS::indexOf))
                        .orElse(VotingRule.DEFAULT));
    }

    /** Who of {@code chosen} may not review this requester's request: the requester, or a colleague of theirs. */
    public List<String> ineligible(String requesterId, Collection<String> chosen) {
        Optional<String> institution = institutionOf(requesterId);
        return chosen.stream().filter(reviewer -> reviewer.equals(requesterId)
                || institution.isPresent() && institution.equals(institutionOf(reviewer))).toList();
    }

    /** The committee pool: every reviewer who sits on some dataset's committee. */
    public List<String> pool() {
        return committees.pool();
    }

    /** Whether reviewers of these datasets must not see who asked, even before a review opens. */
    public boolean blinded(Collection<String> datasets) {
        return committeesOf(datasets).stream().anyMatch(Committee::blinded);
    }

    private List<Committee> committeesOf(Collection<String> datasets) {
        return datasets.stream().map(committees::of).flatMap(Optional::stream).toList();
    }

    private boolean reviewRequired(Collection<String> datasets) {
        return datasets.stream().map(catalog::find).flatMap(Optional::stream)
                .anyMatch(dataset -> COMMITTEE_REVIEW.equals(dataset.terms().review()));
    }

    /** A reviewer who is not registered as a researcher belongs to no institution we know of. */
    private Optional<String> institutionOf(String personId) {
        return researchers.find(personId).map(ResearcherRegistered::institution)
                .map(name -> name.trim().toLowerCase(Locale.ROOT));
    }
}
