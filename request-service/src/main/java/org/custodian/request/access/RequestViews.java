package org.custodian.request.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import org.custodian.request.researcher.ResearcherDirectory;
import org.custodian.request.review.ReviewPanels;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;
import org.springframework.stereotype.Component;

/**
 * What a caller may see of a request: the requester, stewards and compliance see all of it; a
 * reviewer of a blinded review (or of a request whose datasets' committees are blinded, before the
 * review opens) sees nothing that names the requester (invariant 5).
 */
@Component
class RequestViews {

    private final RequestTimeline timeline;
    private final ReviewPanels panels;
    private final ResearcherDirectory researchers;
    private final ObjectMapper mapper;

    RequestViews(RequestTimeline timeline, ReviewPanels panels, ResearcherDirectory researchers, ObjectMapper mapper) {
        this.timeline = timeline;
        this.panels = panels;
        this.researchers = researchers;
        this.mapper = mapper;
    }

    RequestDetails of(RequestBoard.RequestSummary request, Caller caller) {
        List<RequestTimeline.Entry> entries = timeline.of(request.id());
        ReviewView review = ReviewView.of(entries).orElse(null);
        if (seesRequester(caller, request) || !blinded(review, request)) {
            return RequestDetails.of(request.id(), request.researcherId(), request.state(), review, entries, entries);
        }
        Blinding blinding = new Blinding(mapper, request.researcherId(), identifying(request.researcherId()), caller.subject());
        return RequestDetails.of(request.id(), null, request.state(), review, entries, blinding.apply(entries));
    }

    private List<String> identifying(String requesterId) {
        return researchers.find(requesterId).map(profile -> Arrays.asList(profile.name(), profile.institution()))
                .orElse(List.of());
    }

    private static boolean seesRequester(Caller caller, RequestBoard.RequestSummary request) {
        return caller.subject().equals(request.researcherId()) || caller.hasAny(Role.STEWARD, Role.COMPLIANCE);
    }

    private boolean blinded(ReviewView review, RequestBoard.RequestSummary request) {
        return review != null && review.blinded() || panels.blinded(request.datasets());
    }
}
