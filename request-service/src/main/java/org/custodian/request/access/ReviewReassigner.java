package org.custodian.request.access;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.custodian.request.access.StewardCommands.AssignReviewers;
import org.custodian.request.dataset.CommitteeChanged;
import org.custodian.request.review.ReviewPanels;
import org.custodian.request.review.ReviewRefused;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.events.GovernanceOutbox;
import org.springframework.stereotype.Component;

/**
 * A committee set or changed re-assigns the open reviews of its dataset to the panels the committees
 * compose now, acting as the steward who changed it: a review stalled for want of reviewers goes on.
 * Tracking, so it runs after the change committed and the committee table shows it.
 */
@Component
@ProcessingGroup("review-reassignment")
class ReviewReassigner {

    private final CommandGateway commands;
    private final RequestBoard board;
    private final ReviewPanels panels;

    ReviewReassigner(CommandGateway commands, RequestBoard board, ReviewPanels panels) {
        this.commands = commands;
        this.board = board;
        this.panels = panels;
    }

    @EventHandler
    void on(CommitteeChanged changed, @MetaDataValue(GovernanceOutbox.ACTOR) String actor) {
        for (RequestBoard.RequestSummary request : board.awaitingReview(changed.datasetId())) {
            try {
                commands.sendAndWait(ActingCommands.by(actor, new AssignReviewers(request.id(),
                        panels.compose(request.researcherId(), request.datasets()))));
            } catch (ReviewRefused closed) {
                // decided since the board was read: nothing left to re-assign
            }
        }
    }
}
