package org.custodian.request.access;

import org.custodian.request.researcher.ReviewerSight;
import org.custodian.request.review.ReviewPanels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A reviewer sees a researcher while sitting, unrecused, on the open review of one of the researcher's
 * requests, unless that review (or its datasets' committees) is blinded.
 */
@Component
class OpenReviews implements ReviewerSight {

    private final JdbcClient jdbc;
    private final RequestBoard board;
    private final RequestTimeline timeline;
    private final ReviewPanels panels;

    OpenReviews(JdbcClient jdbc, RequestBoard board, RequestTimeline timeline, ReviewPanels panels) {
        this.jdbc = jdbc;
        this.board = board;
        this.timeline = timeline;
        this.panels = panels;
    }

    @Override
    public boolean reviewsOpenly(String reviewerId, String researcherId) {
        return jdbc.sql("SELECT id FROM access_request WHERE researcher_id = ? AND state = ?")
                .params(researcherId, RequestState.AWAITING_REVIEW.name()).query(String.class).list().stream()
                .flatMap(id -> board.find(id).stream())
                .anyMatch(request -> reviewsOpenly(reviewerId, request));
    }

    private boolean reviewsOpenly(String reviewerId, RequestBoard.RequestSummary request) {
        return ReviewView.of(timeline.of(request.id()))
                .filter(review -> !"CLOSED".equals(review.status()) && !review.blinded())
                .filter(review -> review.reviewers().contains(reviewerId) && !review.recused().contains(reviewerId))
                .isPresent() && !panels.blinded(request.datasets());
    }
}
