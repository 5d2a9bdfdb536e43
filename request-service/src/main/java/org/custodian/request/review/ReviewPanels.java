package org.custodian.request.review;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.custodian.contracts.catalog.ResearcherRegistered;
import org.custodian.request.dataset.Committee;
import org.custodian.request.dataset.DatasetCatalog;
import org.custodian.request.dataset.DatasetCommittees;
import org.custodian.request.researcher.ResearcherDirectory;
import org.springframework.stereotype.Component;

/**
 * Composes a request's panel from its datasets' committees: their union, minus the requester and
 * reviewers of the requester's institution. The strictest rule wins: the highest quorum, and
 * blinded if any committee is.
 */
@Component
public class ReviewPanels {

    private static final String COMMITTEE_REVIEW = "committee";

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
        Optional<String> institution = institutionOf(requesterId);
        List<String> eligible = found.stream().flatMap(committee -> committee.reviewers().stream()).distinct()
                .filter(reviewer -> !reviewer.equals(requesterId))
                .filter(reviewer -> institution.isEmpty() || !institution.equals(institutionOf(reviewer)))
                .toList();
        int approvals = found.stream().mapToInt(Committee::approvalsRequired).max().orElse(Committee.DEFAULT_APPROVALS);
        return new Panel(eligible, approvals, found.stream().anyMatch(Committee::blinded), reviewRequired(datasets));
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
