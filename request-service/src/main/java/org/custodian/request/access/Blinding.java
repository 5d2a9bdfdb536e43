package org.custodian.request.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.custodian.contracts.EventType;
import org.custodian.request.review.Anonymiser;

/**
 * A blinded request's timeline as one side of the review may read it. Conflict statements are always
 * hidden but a reviewer's own: by their nature they describe the requester.
 */
final class Blinding {

    // The panel's composition or size would show whom it left out, and so who asked.
    private static final Set<String> HIDDEN_FROM_REVIEWERS = Set.of("researcher_id", "reviewers", "eligible_reviewers");
    private static final Set<String> HIDDEN_FROM_REQUESTER = Set.of("reviewers", "reviewer_id");
    private static final String CONFLICT = EventType.REVIEW_CONFLICT_DECLARED.suffix();

    private final ObjectMapper mapper;
    private final Anonymiser anonymiser;
    private final String viewerId;

    private Blinding(ObjectMapper mapper, Anonymiser anonymiser, String viewerId) {
        this.mapper = mapper;
        this.anonymiser = anonymiser;
        this.viewerId = viewerId;
    }

    /** For a reviewer: no requester id, name or institution in any actor or field (even in a reason's message), no panel. */
    static Blinding forReviewer(ObjectMapper mapper, String requesterId, List<String> alsoIdentifying, String viewerId) {
        return new Blinding(mapper, new Anonymiser(HIDDEN_FROM_REVIEWERS, List.of(requesterId), alsoIdentifying), viewerId);
    }

    /**
     * For the requester: the outcome and counts, never who sat on the panel, who voted how (an approval or
     * rejection a vote concluded is that vote's too) or why someone recused.
     */
    static Blinding forRequester(ObjectMapper mapper, Set<String> panel) {
        return new Blinding(mapper, new Anonymiser(HIDDEN_FROM_REQUESTER, panel, List.of()), null);
    }

    List<RequestTimeline.Entry> apply(List<RequestTimeline.Entry> timeline) {
        return timeline.stream().map(this::blind).toList();
    }

    private RequestTimeline.Entry blind(RequestTimeline.Entry entry) {
        JsonNode data = anonymiser.strip(mapper.valueToTree(entry.data()));
        if (CONFLICT.equals(entry.event()) && data instanceof ObjectNode conflict
                && !conflict.path("reviewer_id").asText().equals(viewerId)) {
            conflict.remove("reason");
        }
        return new RequestTimeline.Entry(entry.event(), entry.at(), anonymiser.actor(entry.actor()), entry.eventId(), data);
    }
}
