package org.custodian.request.manuscript;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.request.researcher.ResearcherDirectory;
import org.custodian.request.review.Anonymiser;
import org.custodian.request.review.ReviewPanels;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;
import org.springframework.stereotype.Component;

/**
 * A manuscript of blinded datasets as its readers may see it: its reviewers never see who wrote it (id,
 * name or institution) nor the rest of the panel, its researcher never sees who reviews it; stewards
 * and compliance see all.
 */
@Component
class ManuscriptBlinding {

    // The panel's composition would show whom it left out, and so who wrote it.
    private static final Set<String> AUTHOR_FIELDS = Set.of("researcher_id", "reviewer_ids");
    private static final Set<String> REVIEWER_FIELDS = Set.of("reviewer_ids", "reviewer_id");

    private final ReviewPanels panels;
    private final ResearcherDirectory researchers;
    private final ObjectMapper mapper;

    ManuscriptBlinding(ReviewPanels panels, ResearcherDirectory researchers, ObjectMapper mapper) {
        this.panels = panels;
        this.researchers = researchers;
        this.mapper = mapper;
    }

    ManuscriptController.ManuscriptDetails shownTo(ManuscriptController.ManuscriptDetails details, Caller caller) {
        if (caller.hasAny(Role.STEWARD, Role.COMPLIANCE) || !blinded(datasetsOf(details.timeline()))) {
            return details;
        }
        if (caller.subject().equals(details.researcherId())) {
            Anonymiser hidden = new Anonymiser(REVIEWER_FIELDS, details.reviewers(), List.of());
            return details.shown(details.researcherId(), null, strip(details.timeline(), hidden));
        }
        Anonymiser hidden = new Anonymiser(AUTHOR_FIELDS, List.of(details.researcherId()), identifying(details.researcherId()));
        return details.shown(null, details.reviewers().contains(caller.subject()) ? List.of(caller.subject()) : List.of(),
                strip(details.timeline(), hidden));
    }

    boolean blinded(List<String> datasets) {
        return panels.blinded(datasets);
    }

    private List<ManuscriptTimeline.Entry> strip(List<ManuscriptTimeline.Entry> timeline, Anonymiser hidden) {
        return timeline.stream().map(entry -> new ManuscriptTimeline.Entry(entry.event(), entry.at(),
                hidden.actor(entry.actor()), entry.eventId(), hidden.strip(mapper.valueToTree(entry.data())))).toList();
    }

    private static List<String> datasetsOf(List<ManuscriptTimeline.Entry> timeline) {
        return timeline.stream().map(ManuscriptTimeline.Entry::data).filter(ManuscriptSubmitted.class::isInstance)
                .map(ManuscriptSubmitted.class::cast).findFirst().map(ManuscriptSubmitted::datasetIds).orElse(List.of());
    }

    private List<String> identifying(String researcherId) {
        return researchers.find(researcherId).map(profile -> Arrays.asList(profile.name(), profile.institution()))
                .orElse(List.of());
    }
}
