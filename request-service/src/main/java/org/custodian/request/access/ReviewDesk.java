package org.custodian.request.access;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.contracts.requests.ReviewVote;
import org.custodian.request.access.ReviewCommands.CastVote;
import org.custodian.request.access.ReviewCommands.DeclareConflict;
import org.custodian.request.review.Refusal;
import org.custodian.request.review.ReviewRefused;
import org.custodian.request.review.Reviews;
import org.custodian.request.review.Verdict;
import org.custodian.support.events.ActingCommands;
import org.custodian.support.security.Caller;
import org.springframework.stereotype.Service;

/** Reviewers' acts as commands on the request, each acting as the reviewer. */
@Service
class ReviewDesk implements Reviews {

    private final CommandGateway commands;
    private final RequestBoard board;
    private final RequestAccess access;

    ReviewDesk(CommandGateway commands, RequestBoard board, RequestAccess access) {
        this.commands = commands;
        this.board = board;
        this.access = access;
    }

    @Override
    public boolean visibleTo(String requestId, Caller caller) {
        return access.seen(requestId, caller).isPresent();
    }

    @Override
    public Verdict vote(String requestId, String reviewerId, ReviewVote vote, String reason) {
        requireKnown(requestId);
        return commands.sendAndWait(ActingCommands.by(reviewerId, new CastVote(requestId, reviewerId, vote, reason)));
    }

    @Override
    public void declareConflict(String requestId, String reviewerId, String reason) {
        requireKnown(requestId);
        commands.sendAndWait(ActingCommands.by(reviewerId, new DeclareConflict(requestId, reviewerId, reason)));
    }

    private void requireKnown(String requestId) {
        if (board.find(requestId).isEmpty()) {
            throw new ReviewRefused(Refusal.UNKNOWN_REQUEST, "There is no request " + requestId + ".");
        }
    }
}
