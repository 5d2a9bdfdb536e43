package org.custodian.request.access;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custodian.contracts.requests.ReviewAssigned;
import org.custodian.contracts.requests.ReviewConflictDeclared;
import org.custodian.request.review.ReviewPanels;
import org.custodian.support.security.Caller;
import org.custodian.support.security.Role;
import org.springframework.stereotype.Component;

/**
 * Who may see a request (invariant 8): its requester; a reviewer who sits on one of its panels (before
 * a review opens, the panel its datasets' committees would compose); stewards and compliance. To
 * anyone else it does not exist.
 */
@Component
class RequestAccess {

    private final RequestBoard board;
    private final RequestTimeline timeline;
    private final ReviewPanels panels;

    RequestAccess(RequestBoard board, RequestTimeline timeline, ReviewPanels panels) {
        this.board = board;
        this.timeline = timeline;
        this.panels = panels;
    }

    /** The request as {@code caller} may see it, or empty when it is unknown or not theirs to see. */
    Optional<Seen> seen(String requestId, Caller caller) {
        return board.find(requestId).map(request -> seen(request, caller)).filter(Seen::visible);
    }

    private Seen seen(RequestBoard.RequestSummary request, Caller caller) {
        List<RequestTimeline.Entry> entries = timeline.of(request.id());
        Set<String> panel = panelOf(request, entries);
        return new Seen(request, entries, panel, caller.subject().equals(request.researcherId()),
                caller.has(Role.REVIEWER) && panel.contains(caller.subject()),
                caller.hasAny(Role.STEWARD, Role.COMPLIANCE));
    }

    private Set<String> panelOf(RequestBoard.RequestSummary request, List<RequestTimeline.Entry> entries) {
        Set<String> panel = new HashSet<>();
        for (RequestTimeline.Entry entry : entries) {
            if (entry.data() instanceof ReviewAssigned assigned) {
                panel.addAll(assigned.reviewers());
            } else if (entry.data() instanceof ReviewConflictDeclared conflict) {
                panel.add(conflict.reviewerId());
            }
        }
        if (entries.stream().noneMatch(entry -> entry.data() instanceof ReviewAssigned)) {
            panel.addAll(panels.compose(request.researcherId(), request.datasets()).reviewers());
        }
        return panel;
    }

    /**
     * A request its reader may see, with its timeline, everyone who sat or would sit on its panels, and
     * how the reader relates to it: as its requester, a member of its panel, or overseeing all.
     */
    record Seen(RequestBoard.RequestSummary request, List<RequestTimeline.Entry> timeline, Set<String> panel,
                boolean requester, boolean reviewer, boolean oversight) {

        boolean visible() {
            return requester || reviewer || oversight;
        }
    }
}
