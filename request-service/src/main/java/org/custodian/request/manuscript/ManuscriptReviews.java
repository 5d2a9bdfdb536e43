package org.custodian.request.manuscript;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.custodian.request.manuscript.ManuscriptCommands.DecideManuscriptAsSteward;
import org.custodian.request.manuscript.ManuscriptCommands.ReviewManuscript;
import org.custodian.support.events.ActingCommands;
import org.springframework.stereotype.Service;

/**
 * What reviewers do to manuscripts, whichever door they come through (HTTP now, chat-ops later):
 * each call records one review or throws {@link ManuscriptReviewRefused} and records nothing.
 */
@Service
public class ManuscriptReviews {

    private final CommandGateway commands;
    private final ManuscriptBoard board;
    private final Clock clock;

    ManuscriptReviews(CommandGateway commands, ManuscriptBoard board, Clock clock) {
        this.commands = commands;
        this.board = board;
        this.clock = clock;
    }

    /** The reviewer approves or requires changes; the same verdict again is answered as a replay. */
    public ReviewResult review(String manuscriptId, String reviewerId, ManuscriptVerdict verdict, String comment) {
        requireKnown(manuscriptId);
        return commands.sendAndWait(ActingCommands.by(reviewerId,
                new ReviewManuscript(manuscriptId, reviewerId, verdict, comment, today())));
    }

    private void requireKnown(String manuscriptId) {
        if (!ManuscriptId.valid(manuscriptId) || board.find(manuscriptId).isEmpty()) {
            throw new ManuscriptReviewRefused(ManuscriptRefusal.UNKNOWN_MANUSCRIPT, "There is no manuscript " + manuscriptId + ".");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A steward decides a manuscript nobody else may: one needing approval whose datasets have no reviewer. */
    public ReviewResult decideAsSteward(String manuscriptId, String stewardId, ManuscriptVerdict verdict, String comment) {
        requireKnown(manuscriptId);
        return commands.sendAndWait(ActingCommands.by(stewardId,
                new DecideManuscriptAsSteward(manuscriptId, stewardId, verdict, comment, today())));
    }

    public ReviewResult approve(String manuscriptId, String reviewerId, String comment) {
        return review(manuscriptId, reviewerId, ManuscriptVerdict.APPROVE, comment);
    }

    public ReviewResult requireChanges(String manuscriptId, String reviewerId, String comment) {
        return review(manuscriptId, reviewerId, ManuscriptVerdict.REQUIRE_CHANGES, comment);
    }
}
