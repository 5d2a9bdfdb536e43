package org.custodian.request.manuscript;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.custodian.contracts.requests.ManuscriptOutcome;
import org.custodian.contracts.requests.ManuscriptReviewed;
import org.custodian.contracts.requests.ManuscriptSubmitted;
import org.custodian.request.manuscript.ManuscriptCommands.DecideManuscriptAsSteward;
import org.custodian.request.manuscript.ManuscriptCommands.DeemApproved;
import org.custodian.request.manuscript.ManuscriptCommands.ReviewManuscript;
import org.custodian.request.manuscript.ManuscriptCommands.SubmitManuscript;
import org.custodian.support.events.GovernanceOutbox;

/**
 * A manuscript written from a release. Under {@code approval} one reviewer of its panel approves or
 * requires changes, or silence past the window approves it; under {@code notify} it is acknowledged
 * at once and nobody decides; under {@code none} nothing is reviewed. No approval before a moratorium.
 * Under {@code approval} with no reviewer at all (no committee), a steward decides it, recorded as such.
 */
@Aggregate
class Manuscript {

    static final String ACKNOWLEDGED = "Notified to the datasets' reviewers; they have no decision rights.";
    /** Who acknowledges a notify-only manuscript: nobody reviewed it, least of all its researcher. */
    static final String SYSTEM = "request-service";

    @AggregateIdentifier
    private String manuscriptId;
    private String releaseId;
    private String researcherId;
    private PublicationReview review;
    private LocalDate reviewDueBy;
    private Set<String> reviewers;
    private LocalDate noPublicationBefore;
    private ManuscriptOutcome outcome;
    private String decidedBy;

    Manuscript() {
    }

    @CommandHandler
    Manuscript(SubmitManuscript command) {
        ManuscriptSubmitted submitted = command.submitted();
        apply(submitted);
        if (command.noPublicationBefore() != null) {
            apply(new MoratoriumRecorded(submitted.manuscriptId(), command.noPublicationBefore()));
        }
        if (PublicationReview.of(submitted.review()) == PublicationReview.NOTIFY) {
            apply(new ManuscriptReviewed(submitted.manuscriptId(), submitted.releaseId(), submitted.researcherId(),
                    ManuscriptOutcome.ACKNOWLEDGED, null, ACKNOWLEDGED), MetaData.with(GovernanceOutbox.ACTOR, SYSTEM));
        }
    }

    @CommandHandler
    ReviewResult handle(ReviewManuscript command) {
        String reviewer = command.reviewerId();
        if (reviewer.equals(researcherId)) {
            throw refused(ManuscriptRefusal.OWN_MANUSCRIPT, "You cannot review your own manuscript.");
        }
        if (reviewer.equals(decidedBy)) {
            return replayed(command);
        }
        requireDecisionRights(reviewer);
        if (outcome != null) {
            throw refused(ManuscriptRefusal.REVIEW_CLOSED, "This manuscript's review has ended: " + outcome.wireName() + ".");
        }
        if (command.verdict() == ManuscriptVerdict.APPROVE && underMoratorium(command.today())) {
            throw moratorium();
        }
        apply(new ManuscriptReviewed(manuscriptId, releaseId, researcherId, command.verdict().outcome(), reviewer,
                command.comment()));
        return new ReviewResult(manuscriptId, reviewer, command.verdict().outcome(), false);
    }

    @CommandHandler
    ReviewResult handle(DecideManuscriptAsSteward command) {
        if (review != PublicationReview.APPROVAL || outcome != null) {
            throw refused(ManuscriptRefusal.REVIEW_CLOSED, "This manuscript awaits no decision.");
        }
        if (!reviewers.isEmpty()) {
            throw refused(ManuscriptRefusal.REVIEWERS_CAN_ACT, "This manuscript has reviewers; they decide it.");
        }
        if (command.verdict() == ManuscriptVerdict.APPROVE && underMoratorium(command.today())) {
            throw moratorium();
        }
        apply(new ManuscriptStewardDecided(manuscriptId, command.stewardId()));
        apply(new ManuscriptReviewed(manuscriptId, releaseId, researcherId, command.verdict().outcome(),
                command.stewardId(), command.comment()));
        return new ReviewResult(manuscriptId, command.stewardId(), command.verdict().outcome(), false);
    }

    @CommandHandler
    void handle(DeemApproved command) {
        if (outcome != null || review != PublicationReview.APPROVAL) {
            return;
        }
        if (!command.today().isAfter(reviewDueBy)) {
            throw refused(ManuscriptRefusal.WINDOW_OPEN, "The review window is open until " + reviewDueBy + ".");
        }
        if (underMoratorium(command.today())) {
            throw moratorium();
        }
        apply(new ManuscriptReviewed(manuscriptId, releaseId, researcherId, ManuscriptOutcome.DEEMED_APPROVED, null,
                "No review by " + reviewDueBy + "; approved by the agreed window."));
    }

    private ReviewResult replayed(ReviewManuscript command) {
        if (command.verdict().outcome() != outcome) {
            throw refused(ManuscriptRefusal.ALREADY_REVIEWED, "You already reviewed this manuscript: " + outcome.wireName() + ".");
        }
        return new ReviewResult(manuscriptId, command.reviewerId(), outcome, true);
    }

    private void requireDecisionRights(String reviewer) {
        if (review == PublicationReview.NONE) {
            throw refused(ManuscriptRefusal.NO_REVIEW_REQUIRED, "This manuscript's datasets require no publication review.");
        }
        if (review == PublicationReview.NOTIFY) {
            throw refused(ManuscriptRefusal.NO_DECISION_RIGHTS,
                    "This manuscript's datasets only require notification; reviewers have no decision rights.");
        }
        if (!reviewers.contains(reviewer)) {
            throw refused(ManuscriptRefusal.NOT_A_REVIEWER, "You are not a reviewer of this manuscript.");
        }
    }

    private boolean underMoratorium(LocalDate today) {
        return noPublicationBefore != null && today.isBefore(noPublicationBefore);
    }

    private ManuscriptReviewRefused moratorium() {
        return refused(ManuscriptRefusal.MORATORIUM_IN_FORCE,
                "A publication moratorium is in force until " + noPublicationBefore + "; no approval before then.");
    }

    private static ManuscriptReviewRefused refused(ManuscriptRefusal refusal, String message) {
        return new ManuscriptReviewRefused(refusal, message);
    }

    @EventSourcingHandler
    void on(ManuscriptSubmitted event) {
        manuscriptId = event.manuscriptId();
        releaseId = event.releaseId();
        researcherId = event.researcherId();
        review = PublicationReview.of(event.review());
        reviewDueBy = event.reviewDueBy();
        reviewers = Set.copyOf(event.reviewerIds());
    }

    @EventSourcingHandler
    void on(MoratoriumRecorded event) {
        noPublicationBefore = event.noPublicationBefore();
    }

    @EventSourcingHandler
    void on(ManuscriptReviewed event) {
        outcome = event.outcome();
        decidedBy = event.reviewerId();
    }
}
