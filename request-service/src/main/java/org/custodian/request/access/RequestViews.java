package org.custodian.request.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.custodian.request.researcher.ResearcherDirectory;
import org.custodian.request.review.ReviewPanels;
import org.springframework.stereotype.Component;

/**
 * What a reader may see of a request (invariant 5): stewards and compliance see all of it, and so does
 * everyone when the review is not blinded. When it is (or its datasets' committees are, before the
 * review opens) a reviewer sees nothing that names the requester or shows the panel, and the requester
 * sees the outcome and the counts but not who reviewed, who voted how or why someone recused.
 */
@Component
class RequestViews {

    private final ReviewPanels panels;
    private final ResearcherDirectory researchers;
    private final ObjectMapper mapper;

    RequestViews(ReviewPanels panels, ResearcherDirectory researchers, ObjectMapper mapper) {
        this.panels = panels;
        this.researchers = researchers;
        this.mapper = mapper;
    }

    RequestDetails of(RequestAccess.Seen seen, String readerId) {
        RequestBoard.RequestSummary request = seen.request();
        List<RequestTimeline.Entry> entries = seen.timeline();
        ReviewView review = ReviewView.of(entries).orElse(null);
        if (seen.oversight() || !blinded(review, request)) {
            return RequestDetails.of(request.id(), request.researcherId(), request.state(), review, entries, entries);
        }
        if (seen.requester()) {
            return RequestDetails.of(request.id(), request.researcherId(), request.state(),
                    review == null ? null : review.withoutNames(), entries,
                    Blinding.forRequester(mapper, seen.panel()).apply(entries));
        }
        Blinding blinding = Blinding.forReviewer(mapper, request.researcherId(), identifying(request.researcherId()), readerId);
        return RequestDetails.of(request.id(), null, request.state(), review == null ? null : review.seenBy(readerId),
                entries, blinding.apply(entries));
    }

    private List<String> identifying(String requesterId) {
        return researchers.find(requesterId).map(profile -> Arrays.asList(profile.name(), profile.institution()))
                .orElse(List.of());
    }

    private boolean blinded(ReviewView review, RequestBoard.RequestSummary request) {
        return review != null && review.blinded() || panels.blinded(request.datasets());
    }
}
